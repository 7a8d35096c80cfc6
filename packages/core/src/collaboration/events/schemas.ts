/**
 * Matchmaking events (issue 12 point 4, the b2match model; decision 078): the event an
 * organiser sets up (sessions cut into slots, tables or virtual rooms), the registrations of
 * organisations with their marketplace items, meeting requests and their outcomes.
 */
import { z } from 'zod';
import { slugSchema } from '../../domain/common';
import { eventStatuses } from '../../domain/vocabulary-lists';

export { eventStatuses };

/** Whether `zone` is an IANA time zone this runtime knows (Intl; no I/O). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

const instantSchema = z.iso.datetime({ offset: true, error: 'use an ISO date-time with offset' });
const isoDateSchema = z.iso.date({ error: 'use a date as YYYY-MM-DD' });

export const eventStatusSchema = z.enum(eventStatuses).meta({ id: 'EventStatus' });
export const meetingOutcomes = ['none', 'follow_up', 'letter_of_intent', 'mou', 'agreement'] as const;
export const meetingOutcomeSchema = z.enum(meetingOutcomes).meta({ id: 'MeetingOutcome' });
export const meetingRequestStatuses = ['pending', 'accepted', 'declined', 'expired', 'merged'] as const;
export const meetingRequestStatusSchema = z.enum(meetingRequestStatuses).meta({ id: 'MeetingRequestStatus' });

export const eventSessionSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    start: instantSchema,
    end: instantSchema,
    slotMinutes: z.number().int().min(5).max(240),
  })
  .refine((s) => Date.parse(s.end) > Date.parse(s.start), {
    message: 'end is not after start',
    path: ['end'],
  })
  .refine((s) => (Date.parse(s.end) - Date.parse(s.start)) / 60_000 >= s.slotMinutes, {
    message: 'the session is shorter than one slot',
    path: ['slotMinutes'],
  })
  .refine((s) => Date.parse(s.end) - Date.parse(s.start) <= 24 * 3_600_000, {
    message: 'a session lasts at most 24 hours',
    path: ['end'],
  });
export type EventSession = z.infer<typeof eventSessionSchema>;

const eventFields = {
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(5000).default(''),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  timeZone: z
    .string()
    .max(64)
    .refine(isTimeZone, { message: 'not an IANA time zone (e.g. Europe/Madrid)' })
    .describe('IANA time zone of the venue; times are stored and sent in UTC.'),
  sessions: z.array(eventSessionSchema).min(1).max(20).describe('Their ids are s1, s2, … in this order.'),
  meetingPlace: z.enum(['table', 'virtual_room']),
  tables: z
    .array(z.string().trim().min(1).max(60))
    .min(1)
    .max(500)
    .refine((t) => new Set(t).size === t.length, { message: 'table names repeat' })
    .describe('Names of the tables (or virtual rooms), each free in every slot.'),
  registrationDeadline: instantSchema,
  requestExpiryHours: z.number().int().min(1).max(720).default(72),
  status: eventStatusSchema.default('draft'),
};

export const eventInputSchema = z
  .object(eventFields)
  .refine((e) => e.endDate >= e.startDate, { message: 'endDate is before startDate', path: ['endDate'] })
  .meta({ id: 'EventInput' });
export type EventInput = z.infer<typeof eventInputSchema>;

/** A partial update: only the fields sent are touched (decision 068). */
export const eventPatchSchema = z
  .object({
    title: eventFields.title,
    description: z.string().trim().max(5000),
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    timeZone: eventFields.timeZone,
    sessions: eventFields.sessions,
    meetingPlace: eventFields.meetingPlace,
    tables: eventFields.tables,
    registrationDeadline: instantSchema,
    requestExpiryHours: z.number().int().min(1).max(720),
    status: eventStatusSchema,
  })
  .partial()
  .strict()
  .meta({ id: 'EventPatch' });
export type EventPatch = z.infer<typeof eventPatchSchema>;

export const marketplaceItemSchema = z
  .object({
    kind: z.enum(['offer', 'request']),
    title: z.string().trim().min(3).max(200),
    description: z.string().trim().max(2000).default(''),
  })
  .meta({ id: 'MarketplaceItem' });

export const registrationInputSchema = z
  .object({
    organisationId: slugSchema,
    sessions: z
      .array(z.string().regex(/^s\d{1,2}$/, 'a session id as s1, s2, …'))
      .max(20)
      .optional()
      .describe('The sessions the organisation attends; left out: all.'),
    marketplace: z.array(marketplaceItemSchema).max(20).default([]),
  })
  .meta({ id: 'EventRegistrationInput' });
export type RegistrationInput = z.infer<typeof registrationInputSchema>;

export const meetingRequestInputSchema = z
  .object({
    fromOrganisationId: slugSchema,
    toOrganisationId: slugSchema,
    message: z.string().trim().max(2000).default(''),
  })
  .refine((r) => r.fromOrganisationId !== r.toOrganisationId, {
    message: 'an organisation does not meet itself',
    path: ['toOrganisationId'],
  })
  .meta({ id: 'MeetingRequestInput' });
export type MeetingRequestInput = z.infer<typeof meetingRequestInputSchema>;

export const meetingOutcomeInputSchema = z
  .object({
    organisationId: slugSchema.describe('The side recording the outcome (who acts for it).'),
    outcome: meetingOutcomeSchema,
    note: z.string().trim().max(2000).default(''),
  })
  .meta({ id: 'MeetingOutcomeInput' });

/** The slots of `sessions`: session i is `s{i+1}`, slot j of it `s{i+1}-{j+1}`; a last partial slot is dropped. */
export function slotsOf(sessions: EventSession[]) {
  return sessions.flatMap((s, i) => {
    const start = Date.parse(s.start);
    const count = Math.floor((Date.parse(s.end) - start) / (s.slotMinutes * 60_000));
    return Array.from({ length: count }, (_, j) => ({
      id: `s${i + 1}-${j + 1}`,
      sessionId: `s${i + 1}`,
      start: new Date(start + j * s.slotMinutes * 60_000).toISOString(),
      minutes: s.slotMinutes,
    }));
  });
}
