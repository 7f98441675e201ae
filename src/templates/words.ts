/** The 是/否 list of a yes-or-no input cell (一票否决, 取消评优, 是否完成). */
export const YES_NO = ['是', '否'] as const;
