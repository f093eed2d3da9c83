export const org = {} as const;
export const admin = {} as const;
