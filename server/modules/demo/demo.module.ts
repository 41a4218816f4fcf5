import type { ModuleDefinition } from '../module.ts';
import { seedDemoCounty } from './demo-county.ts';

/** The demo's first step: the county, townships, villages, cadres and accounts every later step builds on. */
export const demoModule: ModuleDefinition = { name: 'demo', label: '演示数据', demo: seedDemoCounty };
