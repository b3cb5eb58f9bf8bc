export * from './limits';
export * from './outbox-message';
export * from './send-outcome';
export * from './send-rate-limiter';
export * from './notice-expansion';
export * from './automatic-reply';
