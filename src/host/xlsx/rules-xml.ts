import { rangeRef } from '../../sheet/address';
import type { SheetPlan } from '../../sheet/plan';
import { ruleFormulas } from '../../sheet/write/formula-text';
import { listSource, validationTexts } from '../../sheet/write/validation';
import { fileFormula } from './formula-file';
import { encodeOoxmlString, escapeXml } from './xml';

/** The dxfs index for a conditional format's fill and font colour. */
export type DxfLookup = (fill: string, fontColor?: string) => number;

function formulaXml(f: string): string {
  return `<formula>${escapeXml(fileFormula(f))}</formula>`;
}

/** One <conditionalFormatting> per rule; priorities follow the plan's order (1 = first). */
export function conditionalFormatsXml(formats: SheetPlan['conditionalFormats'], dxfFor: DxfLookup): string {
  return (formats ?? [])
    .map((cf, i) => {
      const dxf = dxfFor(cf.fill, cf.fontColor);
      const head =
        cf.rule.type === 'formula'
          ? `<cfRule type="expression" dxfId="${dxf}" priority="${i + 1}">`
          : `<cfRule type="cellIs" dxfId="${dxf}" priority="${i + 1}" operator="${cf.rule.operator}">`;
      return `<conditionalFormatting sqref="${rangeRef(cf.range)}">${head}${ruleFormulas(cf.rule).map(formulaXml).join('')}</cfRule></conditionalFormatting>`;
    })
    .join('');
}

function attrText(s: string): string {
  return escapeXml(encodeOoxmlString(s));
}

export function validationsXml(validations: SheetPlan['validations']): string {
  if (!validations?.length) return '';
  const items = validations.map((v) => {
    const blank = v.allowBlank === false ? '' : ' allowBlank="1"';
    const { title, error } = validationTexts(v);
    return (
      `<dataValidation type="list"${blank} showInputMessage="1" showErrorMessage="1" errorTitle="${attrText(title)}" ` +
      `error="${attrText(error)}" sqref="${rangeRef(v.range)}"><formula1>${escapeXml(`"${listSource(v)}"`)}</formula1></dataValidation>`
    );
  });
  return `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}
