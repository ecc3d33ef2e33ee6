// What the shell's commands return, written by hand from src-tauri/src/commands/
// until bindings generated from the Rust types replace this file. Names follow
// the Rust structs so the swap is a change of import path.

/** `rogatory::catalog::Severity`. */
export type Severity = 'error' | 'warning' | 'advice';

/** `catalog_kinds`: one kind of request, labelled in the requested language. */
export interface KindInfo {
  id: string;
  label: string;
  /** One line saying when to choose this kind. */
  help: string;
  /** The name of a shipped example case of this kind, for `case_example`. */
  example: string | null;
}

/** `case_check`: one finding with its message already in the interface language. */
export interface UiFinding {
  /** Stable; also the Fluent id of the message (`finding-<code>`). */
  code: string;
  severity: Severity;
  /** JSON pointer to the field the finding is about. */
  path: string;
  message: string;
  /** The legal sources, e.g. `Budapest Convention art. 29(2)(f)`. */
  basis: string[];
}

/** Every command's error: the Fluent message `error-<code>` with these arguments. */
export interface IpcError {
  code: string;
  args: Record<string, string | number>;
}

/**
 * A case file as JSON (`format`, `version`, `kind`, then one member per
 * section). The UI passes it back to the core, which alone interprets it.
 */
export interface CaseDoc {
  format: string;
  version: number;
  kind: string;
  [section: string]: unknown;
}
