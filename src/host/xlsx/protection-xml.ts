import { invalid } from '../../engine/errors';
import type { SheetPlan } from '../../sheet/plan';

/** Excel's legacy 16-bit sheet-password hash (ECMA-376 Part 4, 14.7.1), hex. */
function legacyPasswordHash(password: string): string {
  let hash = 0;
  for (let i = password.length - 1; i >= 0; i--) {
    hash = ((hash >> 14) & 0x01) | ((hash << 1) & 0x7fff);
    hash ^= password.charCodeAt(i);
  }
  hash = ((hash >> 14) & 0x01) | ((hash << 1) & 0x7fff);
  hash ^= password.length;
  hash ^= 0xce4b;
  return hash.toString(16).toUpperCase().padStart(4, '0');
}

/** <sheetProtection>: locked cells cannot be edited; selecting, and nothing else, stays allowed. */
export function protectionXml(protection: SheetPlan['protection']): string {
  if (!protection) return '';
  const pw = protection.password;
  if (pw !== undefined && !/^[\x20-\x7e]{1,255}$/.test(pw)) {
    throw invalid('工作表保护密码只能由英文字母、数字和英文符号组成（1–255 个），请换一个密码。');
  }
  const password = pw ? ` password="${legacyPasswordHash(pw)}"` : '';
  return `<sheetProtection${password} sheet="1" objects="1" scenarios="1"/>`;
}
