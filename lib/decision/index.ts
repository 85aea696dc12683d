export * from './types';
export * from './core';
export * from './random';
export * from './sweep';
export * from './smaa';
export * from './rules';
export * from './elicitation';
