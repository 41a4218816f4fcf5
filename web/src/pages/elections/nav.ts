/** What this page area is called in the menu (routes.tsx reads this, not strings.ts). */
export const NAV = { menu: '换届竞聘承诺' };
