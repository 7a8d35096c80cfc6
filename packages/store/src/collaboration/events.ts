/**
 * The store's part for matchmaking events (`store.events`; migration 010, decision 078):
 * events, registrations, meeting requests and meetings, their placement by the core
 * scheduler, outcomes, and the reminders waiting for the notifications work. Each write is
 * one transaction with its audit row.
 */
import type {
  EventInput,
  EventPatch,
  MeetingRequestInput,
  RegistrationInput,
  ScheduleResult,
} from '@polos/core';
import type { Page } from '@polos/core';
import type { Actor } from '../store';

export interface MatchmakingEvent extends EventInput {
  id: string;
  organiserId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface EventRegistration {
  eventId: string;
  organisationId: string;
  organisationName: string;
  country: string;
  sessions: string[] | null;
  marketplace: RegistrationInput['marketplace'];
  registeredBy: string | null;
  registeredAt: string;
}

export interface MeetingRequest {
  id: string;
  eventId: string;
  fromOrganisationId: string;
  toOrganisationId: string;
  message: string;
  status: 'pending' | 'accepted' | 'declined' | 'expired' | 'merged';
  createdAt: string;
  expiresAt: string;
  answeredAt: string | null;
  /** Once placed: the slot, its table and its times (UTC). */
  slotId: string | null;
  table: string | null;
  startsAt: string | null;
  endsAt: string | null;
  outcome: 'none' | 'follow_up' | 'letter_of_intent' | 'mou' | 'agreement' | null;
  outcomeNote: string | null;
  outcomeByOrganisationId: string | null;
}

/** A request as its receiver's to-do list shows it: with its event and the sender's name. */
export interface ReceivedMeetingRequest extends MeetingRequest {
  eventTitle: string;
  eventStartDate: string;
  eventEndDate: string;
  eventTimeZone: string;
  fromOrganisationName: string;
  toOrganisationName: string;
}

export interface EventReminder {
  requestId: string;
  organisationId: string;
  kind: 'request_received' | 'request_expiring' | 'request_expired' | 'meeting_accepted';
  dueAt: string;
  sentAt: string | null;
}

export interface EventListQuery {
  status?: 'draft' | 'open' | 'closed';
  limit: number;
  offset: number;
}

export interface Events {
  create(input: EventInput, organiserId: string, actor: Actor): Promise<MatchmakingEvent>;
  get(id: string): Promise<MatchmakingEvent | undefined>;
  /** Drafts only of `draftsOf` (a user id), or all drafts with 'all'. */
  list(query: EventListQuery, draftsOf: string | 'all'): Promise<Page<MatchmakingEvent>>;
  /** Touches only the fields in `patch`; NotFoundError when there is no such event. */
  update(id: string, patch: EventPatch, actor: Actor): Promise<MatchmakingEvent>;
  /** Registers (or re-registers, replacing sessions and marketplace) an organisation. */
  register(eventId: string, input: RegistrationInput, actor: Actor): Promise<EventRegistration>;
  registrations(eventId: string): Promise<EventRegistration[]>;
  isRegistered(eventId: string, organisationId: string): Promise<boolean>;
  /** ConflictError when the same request is already pending or accepted. */
  createRequest(
    eventId: string,
    input: MeetingRequestInput,
    now: Date,
    actor: Actor,
  ): Promise<MeetingRequest>;
  /** The request, after expiring what is due at `now`. */
  getRequest(eventId: string, requestId: string, now: Date): Promise<MeetingRequest | undefined>;
  /** Requests from or to `organisationId` (all when undefined), after expiring what is due. */
  listRequests(eventId: string, organisationId: string | undefined, now: Date): Promise<MeetingRequest[]>;
  /**
   * Requests addressed to any of `organisationIds` with `status`, after expiring what is due,
   * across every event that is not a draft; soonest expiry first, at most `limit`, with the
   * count of all that match.
   */
  receivedRequests(
    organisationIds: readonly string[],
    query: { status: MeetingRequest['status']; limit: number },
    now: Date,
  ): Promise<{ items: ReceivedMeetingRequest[]; total: number }>;
  /** Pending requests past their expiry become `expired` (with a reminder row to the sender); the count. */
  expireDue(now: Date): Promise<number>;
  /** Accepts or declines a pending, unexpired request; undefined when it is not pending any more. */
  answer(
    eventId: string,
    requestId: string,
    answer: 'accepted' | 'declined',
    now: Date,
    actor: Actor,
  ): Promise<MeetingRequest | undefined>;
  /**
   * Places accepted meetings not yet placed (only `onlyId` when given; with `mutual`, mutual
   * pending requests become meetings first), keeping existing placements, under a lock on
   * the event row.
   */
  schedule(
    eventId: string,
    options: { onlyId?: string; mutual?: boolean },
    actor: Actor,
  ): Promise<ScheduleResult & { merged: number }>;
  recordOutcome(
    eventId: string,
    requestId: string,
    input: { organisationId: string; outcome: NonNullable<MeetingRequest['outcome']>; note: string },
    actor: Actor,
  ): Promise<MeetingRequest>;
  reminders(eventId: string): Promise<EventReminder[]>;
}
