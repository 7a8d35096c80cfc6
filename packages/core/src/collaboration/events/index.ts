/** Matchmaking events (issue 12 point 4; decision 078): schemas, scheduler, iCalendar. */
export * from './schemas';
export * from './schedule';
export * from './ics';
