export * from './types';
export * from './core';
