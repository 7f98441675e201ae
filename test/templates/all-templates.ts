import { TEMPLATES, templatePlan } from '../../src/templates';
import type { WritePlan } from '../../src/sheet/plan';
import { templateWorkbook } from '../../src/templates/write-template';

/** Every template in every variant, as the command line writes it. */
export function allVariants(): { file: string; name: string; variant: string; plan: () => WritePlan }[] {
  return TEMPLATES.flatMap((t) =>
    (t.variants.length > 0 ? t.variants.map((v) => v.id) : ['']).map((variant) => ({
      file: `${t.aliases[0]}${variant ? `-${variant}` : ''}.xlsx`,
      name: t.name,
      variant,
      plan: () => templatePlan(t, variant ? { variant } : {}),
    })),
  );
}

export async function allFiles(protect = false) {
  return Promise.all(
    allVariants().map(async (v) => {
      const t = TEMPLATES.find((x) => x.name === v.name)!;
      const { bytes } = await templateWorkbook(t, { variant: v.variant || undefined, protect });
      return { name: v.file, bytes, variant: v };
    }),
  );
}
