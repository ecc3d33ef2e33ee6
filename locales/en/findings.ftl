## Findings: what a request still lacks and why it matters. The legal basis and
## the severity are shown next to each message, so neither appears in it.
## $index is the 1-based number of the list element concerned.

## General: the request, the authorities, the legal basis

finding-missing-request-date = The request is not dated. Give the date of issue: the request is identified by it, and time limits and later references run from it.
finding-missing-request-reference = The request has no reference number. Give your case or file reference so that replies, reminders and follow-up requests can be linked to this request.
finding-missing-request-language = The language of the request is not chosen. The request and its supporting documents must be in a language the requested State accepts, or be accompanied by a translation into one.
finding-language-not-accepted = The request is in “{ $language }”, which the requested State does not accept; it accepts { $accepted_languages }. Translate the request and its supporting documents into one of these languages, or it may be returned unexecuted.
finding-missing-channel = The channel of transmission is not chosen. Say how the request will be sent (central authority, diplomatic channel, INTERPOL, the 24/7 network…), as the requested State may accept requests only through certain channels.
finding-channel-not-accepted = The requested State does not accept requests through the channel “{ $channel }”; it accepts { $accepted_channels }. A request sent another way may be delayed or not dealt with, so choose one of the accepted channels.
finding-missing-requested-state = The requested State is not chosen. Choose the State asked to assist (for a request sent directly to a provider, the State where the provider is established): its languages, channels and requirements apply.
finding-missing-receiving-authority = The receiving authority in the requested State is not named. Address the request to the competent authority (the central authority, or the 24/7 point of contact for preservation and emergencies) to avoid delays from forwarding.
finding-missing-requesting-authority = The requesting authority is not named. The requested State or the provider must know which authority makes the request, to check that it is competent and to answer it.
finding-missing-requesting-authority-contact = No e-mail address or telephone number is given for the requesting authority. The requested State or the provider must be able to reach you quickly with questions or results.
finding-missing-requesting-authority-time-zone = The requesting authority's time zone is not given. Together with the office hours, it tells the other side when you can be reached and how to read the times in the request.
finding-missing-signatory = The signatory is not named. Give the name and function of the person who signs the request on behalf of the requesting authority.
finding-missing-legal-basis = No legal basis is given. Name the convention or treaty (or the domestic law or reciprocity) under which assistance is requested; the requested State first checks which instrument applies between the two States.
finding-missing-legal-basis-instrument = Legal basis { $index }: the instrument is not chosen. Choose the convention, treaty, domestic law or reciprocity relied on.
finding-missing-bilateral-treaty-title = Legal basis { $index }: the bilateral treaty is not named. Give its full title and date so that the requested State can identify the treaty in force between the two States.
finding-urgency-without-reason = The request is marked urgent but gives no reason. Explain the urgency (a person in custody, a risk that evidence is lost or destroyed, an imminent trial or limitation deadline); unexplained urgency is rarely given priority.
finding-requested-date-past = The date requested for execution is already past (today is { $today }). Set a realistic future date or remove it.
finding-requested-date-without-reason = A date for execution is requested without a reason. Explain the deadline (a hearing, a custody time limit, a limitation period) so that the requested State can take it into account.
finding-confidentiality-without-reason = Confidentiality is requested without a reason. Explain why the request and its execution must remain confidential (for example, the suspect must not be alerted), so that the requested State can judge whether it can comply and tell you if it cannot.
finding-missing-earlier-request = This request follows up or extends an earlier request, but the earlier request is not listed. Add its date and reference so that the requested State can link the two.
finding-missing-earlier-request-reference = Earlier request { $index }: the reference is missing. Give its reference number (and the requested State's reference, if known) so that the two files can be linked.

## General: offences, facts and persons (several kinds of request)

finding-missing-offence = No offence is listed. State the offence or offences concerned: without them the requested State or the provider cannot check the legal conditions for acting, such as dual criminality or a minimum penalty.
finding-missing-offence-name = Offence { $index }: the name of the offence is missing. Give the offence as it is named in your law.
finding-missing-offence-provision = Offence { $index }: the legal provision is not cited. Name the law and the article that define the offence, so that the receiving authority can identify it and check the legal conditions for the measure.
finding-missing-offence-text-of-law = Offence { $index }: the text of the law is not given. Quote the provision that creates the offence, so that the requested State can compare the conduct with its own law and assess dual criminality.
finding-missing-offence-penalty = Offence { $index }: the maximum penalty is not given. State the penalty provided by law: penalty thresholds (such as the minimum for an extraditable offence) and the need for assurances are assessed against it.
finding-missing-summary-of-facts = The summary of the relevant facts is missing. Say who did what, when and where: the requested State needs it to see that the request concerns an offence and, where required, to assess dual criminality (only a mutual legal assistance request solely for service of documents may omit it).
finding-missing-person-identity = Person { $index }: the family name (for a legal entity, its name) is missing. Identify the person as fully as possible; the requested State cannot act on or for a person it cannot identify.
finding-missing-person-nationality = Person { $index }: the nationality is not given. Give it where known: it helps identify the person and, in extradition, the requested State must know whether the person is one of its own nationals.
finding-missing-person-location = Person { $index }: neither a location nor an address is given. Say where the person is or is believed to be; without it the requested State cannot find the person.

## Mutual legal assistance

finding-missing-proceedings-nature = The nature of the proceedings is not given. Say whether the request serves an investigation, a prosecution, a trial or the enforcement of a sentence, so that the requested State sees that the matter is criminal and at what stage it is.
finding-missing-conducting-authority = The authority conducting the investigation or proceedings is not named. Name the prosecutor, judge, court or agency in charge of the case, even if it is also the requesting authority.
finding-missing-conducting-authority-functions = The functions of the authority conducting the proceedings are not described. Explain its role and powers (for example, public prosecutor directing the criminal investigation), so that the requested State can see that it acts in a criminal matter.
finding-missing-assistance-sought = No measure of assistance is requested. Add at least one measure describing what the requested State is asked to do.
finding-missing-measure-description = Measure { $index }: the assistance sought is not described. Describe precisely what the requested State is asked to do.
finding-missing-measure-purpose = Measure { $index }: the purpose is not given. Say for what purpose the evidence, information or action is sought; the requested State needs it to execute the measure, and the results may be used only for that purpose.
finding-missing-measure-relevance = Measure { $index }: the relevance to the case is not explained. Show how what is sought is linked to the offence and the facts; requests that do not show it are often refused as too broad or speculative.
finding-missing-special-procedure-reason = A particular procedure is requested without a reason. Explain why it is needed (for example, so that the evidence is admissible in your courts); the requested State follows it only where its law allows.
finding-missing-use-limitation-undertaking = The request does not undertake to use the evidence only for the proceedings described. Consider giving this undertaking: results may not be used for other proceedings without the requested State's consent, and some States ask for it expressly.
finding-missing-death-penalty-assurance-mla = An offence carries the death penalty, but no assurance is given. Many States refuse assistance in capital cases unless assured that the evidence will not be used to impose or carry out the death penalty; state the assurance you can give.

## Preservation of stored computer data

finding-missing-data-to-preserve = The stored data to be preserved are not described. Describe the data (kind, accounts, period) precisely enough for the requested State to have them preserved.
finding-missing-data-relation = The request does not say how the data to be preserved relate to the offence. Explain the link; it shows why these data are needed and keeps the request from being overbroad.
finding-missing-custodian = Neither the custodian of the data nor the location of the computer system is given. Give any information you have on who holds the data (such as the service provider) or where the system is; otherwise the requested State cannot target the preservation.
finding-missing-preservation-necessity = The request does not explain why preservation is necessary. Say why the data risk being lost or modified (for example, short retention by the provider) before a request for mutual legal assistance can be executed.
finding-missing-mla-undertaking = The request does not state that a request for mutual legal assistance will follow. Preservation is granted only so that the data can later be searched, seized or disclosed on such a request; confirm that you intend to submit it.
finding-missing-data-period = The period of the data is not given. Give start and end dates: a precise period keeps the request proportionate and lets the holder find the data within its retention period.

## Emergency disclosure (the provider and the Second Additional Protocol findings also apply to provider requests)

finding-missing-emergency-route = The route of the emergency request is not chosen. Choose between a request to the requested State's 24/7 point of contact under the Second Additional Protocol and an emergency request sent directly to the service provider; the required contents differ.
finding-missing-emergency-facts = The facts showing the emergency are missing. Describe the significant and imminent risk to the life or safety of a natural person; without them the request cannot be treated as an emergency.
finding-missing-emergency-link = The request does not explain how the data sought relate to the emergency. Show how the data will help avert the risk (for example, by locating the victim or identifying the offender); emergency disclosure depends on that link.
finding-missing-24-7-contact = No telephone number or e-mail address is given at which the requesting side can be reached around the clock. In an emergency the 24/7 point of contact or the provider must be able to reach you at any hour to clarify the request or deliver the data.
finding-missing-provider = The service provider is not named. Name the provider in possession or control of the data (the legal entity, not only the name of the service).
finding-missing-provider-address = The service provider's address is not given. A request or order under the Second Additional Protocol must give the name and address of the provider in possession or control of the data.
finding-missing-sap-legal-basis = The Second Additional Protocol to the Budapest Convention is not listed as a legal basis. An order or emergency request under the Protocol must state that it is issued under it; add the Protocol to the legal bases or choose another route.
finding-missing-data-description = The data sought are not described. Describe the specific data needed (for an order, the specific subscriber information); vague or overbroad descriptions are a frequent reason for refusal.

## Requests to service providers

finding-missing-provider-request-mode = The type of request to the provider is not chosen. Choose between an order for subscriber information under the Second Additional Protocol and a request for voluntary disclosure; their legal effect and required contents differ.
finding-order-beyond-subscriber-information = Data category { $index } is neither subscriber information nor data identifying the user. An order sent directly to a provider under the Second Additional Protocol can require only subscriber information; seek other data through the authorities of the provider's State (expedited production or mutual legal assistance).
finding-voluntary-content-requested = Data category { $index }: content data are requested by voluntary disclosure. Providers generally disclose content only on legal process of their own State, so expect a refusal and consider preservation followed by a request for mutual legal assistance.
finding-provider-does-not-disclose = According to its profile, { $provider } does not disclose { $category } data on a voluntary request. Remove this category or obtain the data through mutual legal assistance, after preservation if needed.
finding-missing-domestic-legal-ground = The domestic legal ground for the order is not given. Cite the provision of your law that empowers the issuing authority to order the disclosure of subscriber information.
finding-missing-time-frame = The time frame for the provider's reply is not given. State by when and how the subscriber information is to be returned, so that the provider knows what is expected and you know when to seek enforcement through the provider's State.
finding-missing-simultaneous-notification = The provider's State requires simultaneous notification of orders sent to providers on its territory, and the request does not confirm it was made. Send the order, the supplemental information and a summary of the facts to that State's designated authority when the order is sent, then confirm it here.

## Extradition

finding-missing-person-sought = No person is marked as the person sought. Add the person whose extradition or provisional arrest is requested, with as accurate a description as possible.
finding-missing-person-description = Person { $index }: the person sought is not described. Give as accurate a description as possible (physical features, distinguishing marks) so that the requested State can be sure that the person arrested is the person sought.
finding-missing-person-date-of-birth = Person { $index }: the date of birth is not given. It is essential to establish the identity of the person sought and to tell the person apart from others with the same name.
finding-missing-identification-material = Person { $index }: no photograph, fingerprints or identity document is given. Such material is usually expected to prove the identity of the person sought; attach what is available.
finding-missing-extradition-posture = The procedural situation of the person sought is not chosen. Say whether the person is accused, convicted, convicted in absentia, or convicted but not yet sentenced; the supporting documents required depend on it.
finding-missing-offence-time = Offence { $index }: the time of commission is not given. For an accused person the request must say when the alleged acts or omissions took place; the requested State also needs it to check limitation periods.
finding-missing-offence-place = Offence { $index }: the place of commission is not given. For an accused person the request must say where the alleged acts or omissions took place; the requested State also needs it to check jurisdiction.
finding-missing-warrant = The arrest warrant is not identified: the issuing authority is missing. For an accused person, extradition requires a warrant of arrest issued by a court or other competent judicial authority; name that authority and attach the warrant or a certified copy.
finding-missing-warrant-date = The date of the arrest warrant is not given. Give the date on which the warrant was issued, as it appears on the warrant.
finding-missing-judgment = The judgment is not identified: the court is missing. For a convicted person, extradition requires the judgment of conviction or a certified copy; name the court and attach the judgment.
finding-missing-judgment-date = The date of the judgment is not given. Give the date on which the judgment of conviction was rendered.
finding-missing-enforceability-statement = The request does not state that the sentence is enforceable. For a convicted person the requested State must see that the sentence can be enforced; confirm it only if the judgment is enforceable.
finding-missing-sentence-remaining = The part of the sentence still to be served is not given. State how much remains; extradition for the enforcement of a sentence usually requires a minimum period still to be served.
finding-missing-retrial-statement = The request does not state the rights of the person convicted in absentia. Describe the legal means available to the person to prepare a defence or have the case retried; otherwise the requested State may refuse extradition.
finding-missing-sentence-statement = The request does not state that a sentence will be imposed. For a person convicted but not yet sentenced, confirm that a sentence is still to be imposed and attach the document showing the conviction.
finding-missing-death-penalty-assurance = An offence carries the death penalty, but no assurance is given. The requested State may refuse extradition unless assured that the death penalty will not be imposed or, if imposed, will not be carried out; state the assurance the competent authority gives.
finding-missing-speciality-undertaking = The request does not undertake to respect the rule of speciality. Confirm that the person will not be prosecuted, sentenced or re-extradited for any offence committed before surrender other than those for which extradition is granted, without the requested State's consent.
finding-missing-limitation-provisions = The rules on limitation are not given. Quote the provisions on lapse of time for prosecution or enforcement and any act that interrupted it; extradition is refused if the person has become immune by lapse of time.
finding-missing-evidence-summary = The summary of the evidence is missing. The requested State requires evidence establishing a prima facie case against an accused person; summarise the evidence showing that the person committed the offence.

## Provisional arrest

finding-missing-extradition-undertaking = The request does not state that a request for extradition will follow. Provisional arrest is granted only pending the formal request; confirm that it will be sent within the period allowed, or the person may be released.
finding-missing-warrant-statement = The request does not state that a warrant of arrest or a judgment exists. Identify the warrant or judgment on which the request is based (authority, date, reference); provisional arrest is granted only on that basis.

## Measures of assistance

finding-missing-examinee = Measure { $index }: the person to be examined is not named. Identify the witness, suspect, expert or victim whose statement is sought.
finding-missing-examinee-location = Measure { $index }: the whereabouts of the person to be examined are not given. Give an address or other information that allows the person to be found in the requested State.
finding-missing-examinee-status = Measure { $index }: the status of the person to be examined is not given. Say whether the person is to be heard as a witness, suspect, expert or victim; the rights and cautions to be given depend on it.
finding-missing-questions = Measure { $index }: no questions are listed. Give the questions to be put to the person, so that the examining authority covers what you need.
finding-missing-sworn-indication = Measure { $index }: it is not said whether the statement must be sworn or affirmed. Say so if your courts require it for the evidence to be admissible.
finding-missing-officials-names = Measure { $index }: officials of the requesting State are to be present, but they are not named. Give their names and functions so that the requested State can authorise their presence.
finding-missing-service-addressee = Measure { $index }: the person to be served is not named. Give the name of the addressee of the documents.
finding-missing-service-address = Measure { $index }: the address of the person to be served is not given. Without it the documents cannot be served.
finding-missing-service-documents = Measure { $index }: the documents to be served are not listed. List each document (title, date) so that service can be carried out and proven.
finding-missing-service-manner = Measure { $index }: the manner of service is not given. Say whether a particular method is needed (for example, personal delivery) and whether proof of service is required.
finding-missing-search-place = Measure { $index }: the place or person to be searched is not described. Describe it precisely (address, premises, vehicle); a search cannot be ordered on a vague description.
finding-missing-seizure-items = Measure { $index }: the items to be seized are not described. Describe the items or categories of items sought precisely.
finding-missing-search-grounds = Measure { $index }: the grounds for believing that the items are at the place to be searched are not given. Explain them; the requested State's authorities usually need them to order the search.
finding-missing-seizure-lawfulness = Measure { $index }: the request does not state that the search and seizure could lawfully be carried out in the requesting State. Some States require this statement; give it only if it is true.
finding-missing-object-or-site = Measure { $index }: the object or site to be examined is not described. Describe what is to be examined and how.
finding-missing-object-location = Measure { $index }: the location of the object or site is not given. Say where it is in the requested State.
finding-missing-records-institution = Measure { $index }: the institution holding the records is not named. Name the bank, company or authority that holds them.
finding-missing-bank-accounts = Measure { $index }: neither account numbers nor account holders are given. Give at least one of them; a bank can search its records only by account or by holder.
finding-missing-records-period = Measure { $index }: the period covered by the records is not given. Give start and end dates; open-ended requests for records are often refused as too broad.
finding-missing-document-types = Measure { $index }: the types of documents are not specified. Say which records are needed (for example, account-opening documents, statements, signature cards).
finding-missing-records-certification = Measure { $index }: no certification of the records is requested. If your courts require authenticated records (for example, a business-records certificate), say which certification is needed.
finding-missing-information-items = Measure { $index }: the information or evidentiary items sought are not described. Describe them precisely.
finding-missing-videoconference-witness = Measure { $index }: the person to be heard by videoconference is not named. Identify the witness or expert to be heard.
finding-missing-videoconference-datetime = Measure { $index }: no date and time are proposed for the hearing. Propose them with the time zone, so that both sides can arrange rooms, equipment and interpreters.
finding-missing-videoconference-technical-contact = Measure { $index }: no technical contact is given for the videoconference. Give a person or an e-mail address for testing the connection before the hearing.
finding-missing-interpreter-language = Measure { $index }: the interpreter's language is not given. Say whether an interpreter is needed and for which language.
finding-missing-transfer-person = Measure { $index }: the detained person to be transferred is not named. Identify the person in custody whose temporary transfer is requested.
finding-missing-place-of-detention = Measure { $index }: the place of detention is not given. Say where the person is held.
finding-missing-return-date = Measure { $index }: no return date is given. The transferred person must be returned in custody; say when.
finding-missing-safe-conduct = Measure { $index }: safe conduct is not confirmed. Consider undertaking that the person will not be prosecuted, punished or otherwise restricted for acts, omissions or convictions preceding the transfer, beyond the custody the transfer itself requires.
finding-missing-appearance-person = Measure { $index }: the person invited to appear is not named. Identify the person whose voluntary appearance in the requesting State is sought.
finding-missing-allowances = Measure { $index }: the allowances and expenses are not given. Say which travel and subsistence costs will be paid; the person needs to know before agreeing to appear.
finding-missing-property = Measure { $index }: the property is not described. Describe the proceeds, property or instrumentalities concerned (kind, location, holder, value) as precisely as possible.
finding-missing-property-link = Measure { $index }: the link between the property and the offence is not explained. Show why the property is proceeds or instrumentalities of the offence; the requested State cannot act against it otherwise.
finding-missing-property-location = Measure { $index }: the location of the property is not given. Say where it is (bank and account, address, registry).
finding-missing-freezing-order = Measure { $index }: no domestic freezing or seizure order is referred to. If there is one, give its reference and attach it; many States act more readily on a foreign order.
finding-missing-confiscation-order = Measure { $index }: the confiscation order is not identified. Name the court that made it and attach the order; the requested State gives effect to an order, not to a request alone.
finding-missing-transfer-reasons = Measure { $index }: the reasons for transferring the proceedings are not given. Explain why the requested State is better placed to prosecute (for example, the suspect's nationality or residence, or where the evidence is).
finding-missing-jit-participants = Measure { $index }: the participants in the joint investigation team are not given. Name the States and authorities that would take part.
finding-missing-jit-objectives = Measure { $index }: the objectives of the joint investigation team are not given. State the purpose and scope of the joint investigation.
finding-missing-delivery-goods = Measure { $index }: the goods of the controlled delivery are not described. Describe the consignment (nature, quantity, packaging).
finding-missing-delivery-route = Measure { $index }: the route of the controlled delivery is not given. Describe the expected route, transit points and means of transport.
finding-missing-data-categories = Measure { $index }: the categories of data are not chosen. Say whether subscriber information, traffic data or content data are sought; the legal conditions differ for each.
finding-missing-preservation-reference = Measure { $index }: no earlier preservation request is referred to. If the data were preserved, give the preservation reference so that this request is linked to the preserved data before the preservation expires.
finding-missing-collection-period = Measure { $index }: neither a start date nor a duration is given for the collection. State when it should start and for how long; real-time measures are authorised only for a limited period.
finding-missing-domestic-authorisation = Measure { $index }: no domestic authorisation is attached. If your law requires one, attach the order of the judge or other competent authority authorising the measure; the requested State may ask for it.

## Identifiers of electronic evidence

finding-missing-identifiers = No identifier is given. List the accounts, e-mail addresses, telephone numbers, IP addresses (with date and time) or other identifiers concerned; without them the data or communications cannot be located.
finding-missing-identifier-value = Identifier { $index }: the value is missing. Enter the account, address, number or other identifier exactly as it appears in the evidence.
finding-ip-without-timestamp = Identifier { $index }: the IP address has no date and time. IP addresses are shared and reassigned, so the user can be identified only at a precise moment; give the date and time with its UTC offset.
finding-ip-without-port = Identifier { $index }: the IP address has no source port. Where many users share one address, the provider can identify the user only with the port; give it if your records show it.

## Formats of typed values

finding-invalid-date = “{ $value }” is not a valid date. Write dates as YYYY-MM-DD.
finding-invalid-datetime = “{ $value }” is not a valid date and time. Write it with a UTC offset, for example 2026-03-01T14:05:09+01:00.
finding-datetime-without-zone = “{ $value }” has no UTC offset or time zone, so it does not name a precise moment: the provider cannot tell who used an IP address at that time. Write it as 2026-03-01T14:05:09+01:00.
finding-invalid-time-zone = “{ $value }” is not a recognised time zone. Write a UTC offset such as UTC+02:00, or a zone name such as Europe/Paris.
finding-invalid-country = “{ $value }” is not a country code. Use the two-letter ISO 3166 code in capitals, for example FR.
finding-invalid-language = “{ $value }” is not a known language code. Use the two-letter ISO 639-1 code in lower case, for example en, fr or ar.
finding-invalid-email = “{ $value }” is not a valid e-mail address. Check it: replies and data will be sent to it.
finding-invalid-url = “{ $value }” is not a valid web address. Write the full address, including https://.
finding-invalid-phone = “{ $value }” does not look like a telephone number. Write it in international form with the country code, for example +33 1 23 45 67 89.
finding-invalid-ip-address = “{ $value }” is not a valid IPv4 or IPv6 address. Copy it exactly from the records: a wrong identifier points to the wrong subscriber or to no data at all.
finding-invalid-port = The port number is not valid. A port is a whole number from 0 to 65535.
finding-invalid-domain = “{ $value }” is not a valid domain name. Write it without the protocol or path, for example example.org.
finding-invalid-amount = “{ $value }” is not a valid amount. Write digits with an optional decimal point, without spaces, separators or currency sign, for example 125000.50.
finding-invalid-currency = “{ $value }” is not a currency code. Use the three-letter ISO 4217 code in capitals, for example EUR or USD.
finding-invalid-choice = “{ $value }” is not one of the values allowed for this field. Choose a value from the list.
finding-date-range-reversed = The period ends before it starts. Check the two dates: a reversed period covers no data at all.

## Country profiles

finding-no-country-profile = Rogatory has no profile for the country “{ $country }”, so its accepted languages, channels and particular requirements cannot be checked. Consult the requested State's published national procedures before sending.
finding-xa-seizure-lawfulness-statement = Measure { $index }: the requested State (sample profile XA) executes a search and seizure only if the request states that the measure could lawfully be carried out in the requesting State. Give this statement if it is true.

## Added with the cross-field and party checks

finding-requested-date-before-request = The date by which execution is requested comes before the date of the request itself. Check both dates.
finding-document-dated-after-request = The warrant or judgment is dated after the request. Check the date: the request can only rely on a decision that already exists.
finding-unconfirmed-instrument-cited = The article numbers of the United Nations Convention against Cybercrime (2024) have not been verified against the official text in this tool. Check every article you cite against the authentic text and its status for the requested State.
finding-order-identification-data = Data category { $index } asks for data identifying the user (such as IP addresses with ports and time stamps). Check whether the requested State treats this as subscriber information under the Second Additional Protocol; if not, seek it through that State's authorities.
finding-requested-state-not-party = According to its profile, the requested State is not a party to “{ $instrument }”. Cite an instrument in force between the two States, a bilateral treaty, or reciprocity.
finding-unsupported-characters = This text contains characters that cannot be printed with the fonts Rogatory ships: { $chars }. Replace them (for example with the nearest common character), or they would appear as empty boxes in the request.
