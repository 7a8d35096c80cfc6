/** The shapes the event routes answer (issue 12 point 4; decision 078). */
import {
  eventSessionSchema,
  eventStatusSchema,
  marketplaceItemSchema,
  meetingOutcomeSchema,
  meetingRequestStatusSchema,
} from '@polos/core';
import { z } from 'zod';
import { pageSchemaOf } from '../../openapi/resource-routes';

export const eventSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    timeZone: z.string(),
    sessions: z.array(eventSessionSchema),
    meetingPlace: z.enum(['table', 'virtual_room']),
    tables: z.array(z.string()),
    registrationDeadline: z.string(),
    requestExpiryHours: z.number().int(),
    status: eventStatusSchema,
    organiserId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Event' });

export const eventPageSchema = pageSchemaOf(eventSchema, 'EventPage');

export const registrationSchema = z
  .object({
    eventId: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    country: z.string(),
    sessions: z.array(z.string()).nullable().describe('null: every session.'),
    marketplace: z.array(marketplaceItemSchema),
    registeredBy: z.string().nullable(),
    registeredAt: z.string(),
  })
  .meta({ id: 'EventRegistration' });

export const meetingRequestSchema = z
  .object({
    id: z.uuid(),
    eventId: z.string(),
    fromOrganisationId: z.string(),
    toOrganisationId: z.string(),
    message: z.string(),
    status: meetingRequestStatusSchema,
    createdAt: z.string(),
    expiresAt: z.string(),
    answeredAt: z.string().nullable(),
    slotId: z.string().nullable(),
    table: z.string().nullable(),
    startsAt: z.string().nullable(),
    endsAt: z.string().nullable(),
    outcome: meetingOutcomeSchema.nullable(),
    outcomeNote: z.string().nullable(),
    outcomeByOrganisationId: z.string().nullable(),
  })
  .meta({ id: 'MeetingRequest' });

export const scheduleResultSchema = z
  .object({
    placed: z.array(z.object({ meetingId: z.string(), slotId: z.string(), table: z.string() })),
    unplaced: z.array(
      z.object({
        meetingId: z.string(),
        reason: z.enum(['no_common_session', 'participants_busy', 'no_table']),
      }),
    ),
    upperBound: z.number().int().describe('No schedule could place more of the meetings asked to place.'),
    merged: z.number().int().describe('Mutual requests turned into one meeting each.'),
  })
  .meta({ id: 'EventScheduleResult' });

export const agendaSchema = z
  .object({
    event: z.object({ id: z.string(), title: z.string(), timeZone: z.string() }),
    organisationId: z.string(),
    items: z.array(
      z.object({
        meetingId: z.string(),
        start: z.string(),
        end: z.string(),
        slotId: z.string(),
        table: z.string(),
        with: z.object({ id: z.string(), name: z.string(), country: z.string() }),
        message: z.string(),
        outcome: meetingOutcomeSchema.nullable(),
      }),
    ),
  })
  .meta({ id: 'EventAgenda' });

export const eventParam = z.object({ id: z.uuid() });
export const requestParam = z.object({ id: z.uuid(), rid: z.uuid() });
export const meetingParam = z.object({ id: z.uuid(), mid: z.uuid() });
export const organisationQuery = z.object({ organisationId: z.string().min(1).max(100) });
