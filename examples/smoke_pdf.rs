use rogatory::document::{Block, Document, Style};
use rogatory::layout::{layout, Fonts, PageSetup};
use rogatory::pdf::{pdf, PdfMeta};

fn main() {
    let lang = std::env::args().nth(1).unwrap_or("en".into());
    let rtl = lang == "ar";
    let doc = Document {
        lang: lang.clone(),
        rtl,
        title: "Request".into(),
        subject: "MLA".into(),
        author: "Office".into(),
        reference: "WM-2026-0417".into(),
        confidential: Some("CONFIDENTIAL".into()),
        watermark: Some("DRAFT".into()),
        page_pattern: "Page {page} of {pages}".into(),
        letterhead: vec!["Prosecutor General's Office of Westmark".into(), "1 Justice Square".into()],
        blocks: vec![
            Block::Heading { level: 1, text: "Request for mutual legal assistance".into() },
            Block::Paragraph { text: "The suspect used the account trader.one@examplemail.example from 203.0.113.7 on 3 October 2026.".into(), style: Style::Normal },
            Block::Paragraph { text: "استخدم المشتبه به الحساب trader.one@examplemail.example من العنوان 203.0.113.7 في 3 أكتوبر 2026، وقد تم تحويل مبلغ 125,000.50 يورو إلى حساب في بنك Aldora Trust. لا سلام بلا عدالة.".into(), style: Style::Normal },
            Block::Paragraph { text: "犯罪嫌疑人于2026年10月3日使用账户 trader.one@examplemail.example 从 203.0.113.7 登录，案件编号 WM-2026-0417。司法协助请求书（第十八条）。".into(), style: Style::Normal },
            Block::Paragraph { text: "Подозреваемый использовал учётную запись trader.one@examplemail.example. Взаимная правовая помощь.".into(), style: Style::Normal },
            Block::Fields { rows: vec![("Requesting authority".into(), "Prosecutor General's Office".into()), ("Reference".into(), "WM-2026-0417".into())] },
            Block::Table { header: vec!["Name".into(), "Role".into(), "Nationality".into()], rows: vec![vec!["DOE John".into(), "Suspect".into(), "Westmark".into()]; 3] },
            Block::List { items: vec!["First item".into(), "Second item with a long word Supercalifragilisticexpialidociousandevenlongerthanthelinecanholdatallreally".into()], numbered: true },
        ],
    };
    let fonts = Fonts::builtin();
    let pages = layout(&doc, fonts, PageSetup::default());
    let bytes = pdf(
        &pages,
        fonts,
        &PdfMeta {
            title: doc.title.clone(),
            author: doc.author.clone(),
            subject: doc.subject.clone(),
            lang: lang.clone(),
            created: jiff::civil::date(2026, 11, 22).at(10, 0, 0, 0),
        },
    )
    .unwrap();
    std::fs::write(format!("/tmp/smoke-{lang}.pdf"), &bytes).unwrap();
    println!("{} bytes, {} pages", bytes.len(), pages.pages.len());
}
