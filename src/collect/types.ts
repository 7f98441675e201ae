/** What collecting works on and hands back, host-free (src/collect). */

/** A workbook sent in: its name as the clerk sees it and its bytes (read one at a time). */
export interface IncomingFile {
  name: string;
  /** Read when the file's turn comes, so that only one file is held at a time. */
  bytes: () => Promise<Uint8Array>;
  /** The file system's modified time, when the surface knows it (a fallback for the saved time). */
  modified?: Date;
}

export type ProblemKind =
  | 'unrecognised'
  | 'unmatched'
  | 'ambiguous'
  | 'no-column'
  | 'conflict'
  | 'duplicate'
  | 'newer'
  | 'range'
  | 'text'
  | 'blank'
  | 'moved'
  | 'category'
  | 'kept'
  | 'missing'
  | 'unreadable'
  | 'total';

/** One thing the clerk should know, named with file, sheet and cell. */
export interface CollectProblem {
  kind: ProblemKind;
  /** The file it is about ("" for the summary itself). */
  file: string;
  /** "Sheet1!D12" in that file (or "汇总!D7" in the summary), "" when no cell. */
  cell: string;
  message: string;
}

/** A number read from a file: where it is and what it says. */
export interface SourceCell {
  file: string;
  /** Index of the file in reading order. */
  fileIndex: number;
  /** "Sheet1!D12". */
  cell: string;
  value: number;
  /** The value as the clerk typed it, for messages. */
  raw: string;
}

/** How a by-unit file's unit was found. */
export type UnitFrom = 'title' | 'unit-cell' | 'file-name';
