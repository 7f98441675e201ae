import type { Warning } from '../../sheet/warning';

/**
 * Where a scheme value was written when it has no cell on 方案: a command-line flag, a JSON
 * file, the defaults. `cell` is "" (there is no cell); `label` names the source in the message.
 */
export interface SchemeSource {
  cell: string;
  /** "--awards 第2项（二等奖）", "方案文件 scheme.json 中 awards[0].tiers[1].count". */
  label: string;
}

/**
 * Maps a JSON path of the scheme ("components[2].weight") to where it was written: the 方案
 * cell that holds it ("方案!C7"), or a source without a cell (see locateInJson, locateInFlags).
 */
export type Locate = (path: string) => string | SchemeSource;

export interface SchemeCheck {
  /** Problems that make a result undefined: the run stops. */
  errors: Warning[];
  /** Shown with the result. */
  warnings: Warning[];
}

/** Where a path was written; without a locate there is no cell and the message names the bare JSON path. */
export function placeOf(path: string, locate?: Locate): SchemeSource {
  const hit = locate ? locate(path) : { cell: '', label: path };
  return typeof hit === 'string' ? { cell: hit, label: hit } : hit;
}

/** Collects problems; each message starts with the cell, the flag or the file and path. */
export class Reporter {
  readonly errors: Warning[] = [];
  readonly warnings: Warning[] = [];
  constructor(private readonly locate?: Locate) {}

  /** How a message names the place of a path. */
  at(path: string): string {
    return placeOf(path, this.locate).label;
  }

  error(path: string, message: string): void {
    this.errors.push(this.warning(path, message));
  }

  warn(path: string, message: string): void {
    this.warnings.push(this.warning(path, message));
  }

  private warning(path: string, message: string): Warning {
    const { cell, label } = placeOf(path, this.locate);
    return { cell, message: `${label} ${message}` };
  }

  result(): SchemeCheck {
    return { errors: this.errors, warnings: this.warnings };
  }
}
