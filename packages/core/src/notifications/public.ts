/** The public surface of notifications (issue 12 point 7; decision 081): `@polos/core/notifications`. */
export {
  type NotificationKind,
  notificationKinds,
  notificationKindSchema,
  type NotificationLanguage,
  notificationLanguages,
  notificationLanguageSchema,
  type NotificationMessage,
  notificationMessage,
  type NotificationParams,
  notificationParamsSchema,
  type NotificationPreference,
  notificationPreferenceSchema,
  type NotificationPreferences,
  notificationPreferencesSchema,
  notificationText,
  preferencesWithDefaults,
} from './notification';
