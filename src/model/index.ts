export * from './graph';
export * from './corrections';
