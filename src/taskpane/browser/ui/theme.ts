import { webLightTheme, type Theme } from '@fluentui/react-components';

/** System fonts only: nothing is fetched, and Chinese shows in the font the office's PCs have. */
const FONTS = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Segoe UI", sans-serif';

/** The pane's theme, in the browser version and in Excel. */
export const paneTheme: Theme = { ...webLightTheme, fontFamilyBase: FONTS };
