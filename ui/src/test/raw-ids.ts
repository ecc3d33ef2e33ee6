// Catches a message id shown instead of its message: every `ui-*` id that
// appears in the text or attributes under a node, at the start or in any
// change made while watching (including text and attributes replaced since).

const RAW_ID = /(?:^|[^\w-])(ui-[a-z][a-z0-9-]*)/g;

export interface Watch {
  /** The ids seen so far, in order. */
  readonly seen: string[];
  /** Takes the changes not yet reported, then stops watching. */
  stop(): string[];
}

export function watchRawIds(root: Node = document.body): Watch {
  const seen: string[] = [];

  const scan = (text: string | null | undefined): void => {
    for (const match of (text ?? '').matchAll(RAW_ID)) seen.push(match[1]!);
  };

  const scanTree = (node: Node): void => {
    if (node instanceof CharacterData) scan(node.data);
    if (node instanceof Element) for (const attr of Array.from(node.attributes)) scan(attr.value);
    node.childNodes.forEach(scanTree);
  };

  const record = (records: MutationRecord[]): void => {
    for (const change of records) {
      scan(change.oldValue);
      if (change.type === 'characterData') scan((change.target as CharacterData).data);
      if (change.type === 'attributes' && change.attributeName !== null) {
        scan((change.target as Element).getAttribute(change.attributeName));
      }
      change.addedNodes.forEach(scanTree);
    }
  };

  scanTree(root);
  const observer = new MutationObserver(record);
  observer.observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
    characterDataOldValue: true,
    attributes: true,
    attributeOldValue: true,
  });

  return {
    seen,
    stop() {
      record(observer.takeRecords());
      observer.disconnect();
      return seen;
    },
  };
}
