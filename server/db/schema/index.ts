export * from './audit.ts';
export * from './auth.ts';
export * from './campaign.ts';
export * from './org.ts';
export * from './pledging.ts';
export * from './publicity.ts';
export * from './voting.ts';
