import type { Warning } from '../../sheet/warning';

/** Maps a JSON path of the scheme ("components[2].weight") to the cell that holds it ("方案!C7"). */
export type Locate = (path: string) => string;

export interface SchemeCheck {
  /** Problems that make a result undefined: the run stops. */
  errors: Warning[];
  /** Shown with the result. */
  warnings: Warning[];
}

/** Collects problems; each message starts with the cell (or the JSON path when there is no sheet). */
export class Reporter {
  readonly errors: Warning[] = [];
  readonly warnings: Warning[] = [];
  constructor(private readonly locate?: Locate) {}

  at(path: string): string {
    return this.locate ? this.locate(path) : path;
  }

  error(path: string, message: string): void {
    const cell = this.at(path);
    this.errors.push({ cell, message: `${cell} ${message}` });
  }

  warn(path: string, message: string): void {
    const cell = this.at(path);
    this.warnings.push({ cell, message: `${cell} ${message}` });
  }

  result(): SchemeCheck {
    return { errors: this.errors, warnings: this.warnings };
  }
}
