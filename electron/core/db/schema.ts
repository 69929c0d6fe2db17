// The database as Kysely sees it: one interface per table, in the portable types of DESIGN.md
// (money in integer cents, business dates as YYYY-MM-DD text, instants as ISO-8601 UTC text,
// flags as 0/1 integers, integer ids). Migrations create exactly these tables.
import type { ColumnType, Generated, Selectable } from "kysely";
import type {
  Capability,
  CapabilityKind,
  CommunicationSetting,
  FileFolder,
  FulfilmentMethod,
  MilestoneKind,
  OrderStatus,
  PackagingKind,
  Region,
  ReviewState,
  Role,
  TaskKind,
  TaskStatus,
  ThreadKind,
  Tier,
  TodoKind,
} from "../../../shared/domain";
import type { Language } from "../../../shared/i18n/languages";

type Flag = number; // 0 or 1
type Instant = string; // ISO-8601 UTC
type BusinessDate = string; // YYYY-MM-DD
type Json = string; // JSON text
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: Role;
  active: Defaulted<Flag>;
  created_at: Instant;
  /** scrypt hash of the password (team mode); null where sign-in is by choosing a user. */
  password_hash: ColumnType<
    string | null,
    string | null | undefined,
    string | null
  >;
  language: Defaulted<Language>;
}

export interface SessionTable {
  token_hash: string;
  user_id: number;
  created_at: Instant;
  expires_at: Instant;
}

export interface PartnerTable {
  id: Generated<number>;
  name: string;
  email: string;
  phone: string;
  city: string;
  country: string;
  capacity: number;
  active: Defaulted<Flag>;
  communication: CommunicationSetting;
  /** The language of the emails the partner gets. */
  language: Defaulted<Language>;
  /** Maintained aggregates, recomputed by the ratings and dispatch services. */
  rating: number | null;
  tier: Tier;
  rated_orders: Defaulted<number>;
  active_orders: Defaulted<number>;
  last_assigned_at: Instant | null;
  rating_updated_at: Instant | null;
  created_at: Instant;
  version: Defaulted<number>;
  contact_name: Defaulted<string>;
  street: Defaulted<string>;
  postcode: Defaulted<string>;
  external_ref: Defaulted<string | null>;
  paused_reason: Defaulted<string | null>;
  paused_at: Defaulted<Instant | null>;
  /** The business date on which a paused partner is active again by itself. */
  resumes_on: Defaulted<BusinessDate | null>;
  updated_at: Defaulted<Instant | null>;
}

/** The lists admins keep (0013): capabilities and regions, named in each language. */
export interface CapabilityTable {
  code: string;
  kind: CapabilityKind;
  name_en: string;
  name_nl: string;
  retired_at: Instant | null;
  created_at: Instant;
  version: Defaulted<number>;
}

export interface RegionTable {
  code: string;
  name_en: string;
  name_nl: string;
  retired_at: Instant | null;
  created_at: Instant;
  version: Defaulted<number>;
}

export interface PartnerCapabilityTable {
  partner_id: number;
  capability: Capability;
}

export interface PartnerRegionTable {
  partner_id: number;
  region: Region;
}

export interface CustomerTable {
  id: Generated<number>;
  name: string;
  email: string;
  phone: string;
  city: string;
  country: string;
  key_account: Flag;
  created_at: Instant;
  /** The language of the emails the customer gets. */
  language: Defaulted<Language>;
  street: Defaulted<string>;
  postcode: Defaulted<string>;
  external_ref: Defaulted<string | null>;
  /** Whether a new order of this customer has direct messaging, unless said otherwise. */
  direct_messaging_default: Defaulted<Flag>;
  version: Defaulted<number>;
  updated_at: Defaulted<Instant | null>;
}

export interface CustomerContactTable {
  id: Generated<number>;
  customer_id: number;
  position: number;
  name: string;
  email: string;
  phone: string;
  role: string;
}

/** Where a customer has orders delivered. */
export interface CustomerAddressTable {
  id: Generated<number>;
  customer_id: number;
  position: number;
  label: string;
  street: string;
  postcode: string;
  city: string;
  country: string;
  region: Region;
}

/** The last order number given in each year (C-{year}-{number}). */
export interface OrderNumberTable {
  year: number;
  last: number;
}

export interface OrderTable {
  id: Generated<number>;
  number: string;
  customer_id: number;
  partner_id: number | null;
  /** Copies of the names, kept by triggers (see 0001_initial). */
  customer_name: string;
  partner_name: string | null;
  status: OrderStatus;
  version: Defaulted<number>;
  title: string;
  /** Copied from the customer when the order is placed: the order keeps the terms it was sold on. */
  key_account: Flag;
  region: Region;
  requires_installation: Flag;
  requires_production_drawing: Flag;
  requires_sample_picture: Flag;
  direct_messaging: Flag;
  value_cents: number;
  agreed_price_cents: number;
  final_amount_cents: number | null;
  requested_delivery_date: BusinessDate;
  delivery_street: string;
  delivery_postcode: string;
  delivery_city: string;
  delivery_country: string;
  packaging: PackagingKind;
  box_count: number;
  notes: string | null;
  created_at: Instant;
  updated_at: Instant;
  assigned_at: Instant | null;
  ready_at: Instant | null;
  delivered_at: Instant | null;
  approved_at: Instant | null;
  cancelled_at: Instant | null;
  external_ref: Defaulted<string | null>;
  cancel_reason: Defaulted<string | null>;
}

export interface OrderCapabilityTable {
  order_id: number;
  capability: Capability;
}

export interface OrderItemTable {
  id: Generated<number>;
  order_id: number;
  position: number;
  part: string;
  material: string;
  length_mm: number;
  width_mm: number;
  thickness_mm: number;
  quantity: number;
}

export interface AssignmentTable {
  id: Generated<number>;
  order_id: number;
  partner_id: number;
  assigned_at: Instant;
  assigned_by: number;
  override_reason: string | null;
  match_note: string | null;
  cancelled_at: Instant | null;
  cancelled_by: number | null;
  cancel_reason: string | null;
  counts_toward_rating: Flag | null;
}

export interface OfferTable {
  id: Generated<number>;
  order_id: number;
  partner_id: number;
  status: "open" | "accepted" | "refused" | "withdrawn";
  sent_at: Instant;
  sent_by: number;
  responded_at: Instant | null;
}

export interface TodoTable {
  id: Generated<number>;
  order_id: number;
  assignment_id: number;
  kind: TodoKind;
  due_date: BusinessDate;
  done_at: Instant | null;
  done_by: number | null;
}

export interface TaskTable {
  id: Generated<number>;
  order_id: number;
  assignment_id: number;
  kind: TaskKind;
  status: TaskStatus;
  proposed_dates: Json;
  customer_joins: Flag;
  created_at: Instant;
  done_at: Instant | null;
  /** When the meeting takes place, once scheduled. */
  scheduled_at: ColumnType<
    Instant | null,
    Instant | null | undefined,
    Instant | null
  >;
  /** What was agreed, once done. */
  notes: ColumnType<string | null, string | null | undefined, string | null>;
  cancel_reason: ColumnType<
    string | null,
    string | null | undefined,
    string | null
  >;
  version: Defaulted<number>;
}

export interface MilestoneTable {
  id: Generated<number>;
  order_id: number;
  kind: MilestoneKind;
  name: string | null;
  date: BusinessDate;
  set_by: number;
  set_at: Instant;
  removed_at: Instant | null;
  version: Defaulted<number>;
}

export interface FulfilmentTable {
  order_id: number;
  material_arrival: BusinessDate | null;
  planned_completion: BusinessDate | null;
  delivery_date: BusinessDate | null;
  method: FulfilmentMethod | null;
  invoice_reference: string | null;
  no_invoice_reference: Defaulted<Flag>;
  updated_at: Instant;
  version: Defaulted<number>;
}

export interface DeliveryDateChangeTable {
  id: Generated<number>;
  order_id: number;
  old_date: BusinessDate | null;
  new_date: BusinessDate;
  reason: string;
  in_time: Flag | null;
  recorded_at: Instant;
  recorded_by: number;
  /** The assignment it was recorded in: a later assignment starts from the requested date again. */
  assignment_id: ColumnType<
    number | null,
    number | null | undefined,
    number | null
  >;
}

export interface FileTable {
  id: Generated<number>;
  order_id: number;
  folder: FileFolder;
  name: string;
  sha256: string;
  size_bytes: number;
  mime: string;
  width: number | null;
  height: number | null;
  review_state: ReviewState | null;
  uploaded_at: Instant;
  uploaded_by: number | null;
  version: Defaulted<number>;
  /** SHA-256 of the bytes as uploaded; `sha256` is of the stored (normalized) bytes. */
  source_sha256: string | null;
  thumb_sha256: string | null;
}

export interface FileReviewTable {
  id: Generated<number>;
  file_id: number;
  decision: "approved" | "rejected";
  reason: string | null;
  reviewer_id: number;
  decided_at: Instant;
  undone_at: Instant | null;
}

export interface FeedbackTable {
  id: Generated<number>;
  order_id: number;
  kind: "positive" | "issues";
  text: string;
  about_quality: Flag;
  recorded_at: Instant;
  recorded_by: number;
}

export interface RatingTable {
  id: Generated<number>;
  order_id: number;
  partner_id: number;
  quality: number;
  communication: number;
  involvement: number;
  delivery_time: number;
  budget: number;
  customer_satisfaction: number | null;
  score: number;
  note: string | null;
  rated_at: Instant;
  rated_by: number;
  version: Defaulted<number>;
}

export interface RatingRevisionTable {
  id: Generated<number>;
  rating_id: number;
  before: Json;
  after: Json;
  reason: string;
  revised_at: Instant;
  revised_by: number;
}

/** One entry in a partner's rating: a rated order, or a cancellation that counts. */
export interface PartnerScoreTable {
  id: Generated<number>;
  partner_id: number;
  order_id: number;
  source: "rating" | "cancellation";
  /** For display and lists; tiers are decided on score_points / score_parts, exactly. */
  score: number;
  score_points: number;
  score_parts: number;
  /** The business date the score counts from, for the 24-month window. */
  scored_on: BusinessDate;
  rating_id: number | null;
  assignment_id: number | null;
}

export interface PartnerRatingHistoryTable {
  id: Generated<number>;
  partner_id: number;
  recorded_at: Instant;
  rating: number | null;
  tier: Tier;
  rated_orders: number;
  cause: string;
}

export interface MessageThreadTable {
  id: Generated<number>;
  order_id: number;
  kind: ThreadKind;
  last_message_at: Instant | null;
  last_author_kind: "staff" | "partner" | "customer" | null;
  message_count: Defaulted<number>;
  last_message_id: number | null;
  /** The Cutr thread's assignment; null for the Customer thread and before the first assignment. */
  assignment_id: ColumnType<
    number | null,
    number | null | undefined,
    number | null
  >;
  /** When the thread's assignment ended: the thread is closed, kept for staff to read. */
  ended_at: ColumnType<
    Instant | null,
    Instant | null | undefined,
    Instant | null
  >;
}

/** A thread with a message the user has not read (someone else's, past the user's read mark). */
export interface UnreadThreadTable {
  user_id: number;
  thread_id: number;
}

export interface MessageTable {
  id: Generated<number>;
  thread_id: number;
  author_kind: "staff" | "partner" | "customer";
  author_user_id: number | null;
  author_name: string;
  body: Json;
  created_at: Instant;
}

export interface MessageAttachmentTable {
  id: Generated<number>;
  message_id: number;
  name: string;
  sha256: string;
  mime: string;
  size_bytes: number;
}

export interface MessageReadTable {
  user_id: number;
  thread_id: number;
  last_read_message_id: number;
}

export interface OutboxTable {
  id: Generated<number>;
  kind: string;
  order_id: number | null;
  recipient: string;
  subject: string;
  body: string;
  due_at: Instant;
  status: "queued" | "sending" | "sent" | "failed";
  attempts: Defaulted<number>;
  last_error: string | null;
  sent_at: Instant | null;
  created_at: Instant;
  /** A thread message's HTML part (made by the console from the structured body, never stored HTML from outside). */
  html: ColumnType<string | null, string | null | undefined, string | null>;
  /** A thread message's mail headers: JSON of MailHeaders (mail/message-email.ts). */
  headers: ColumnType<string | null, string | null | undefined, string | null>;
  /** The thread message the email carries, whose photos it attaches. */
  message_ref: ColumnType<
    number | null,
    number | null | undefined,
    number | null
  >;
  thread_id: ColumnType<
    number | null,
    number | null | undefined,
    number | null
  >;
  /** The email's Message-ID, for replies (In-Reply-To) and bounces to find it. */
  mail_message_id: ColumnType<
    string | null,
    string | null | undefined,
    string | null
  >;
}

export type MailInStatus =
  | "posted"
  | "unmatched"
  | "auto_reply"
  | "bounce"
  | "duplicate"
  | "attached"
  | "discarded";

export interface MailInTable {
  id: Generated<number>;
  mailbox: string;
  uid: number;
  mail_message_id: string | null;
  from_address: string;
  from_name: string | null;
  subject: string;
  snippet: string;
  sent_at: Instant | null;
  received_at: Instant;
  status: MailInStatus;
  reason: string | null;
  thread_id: number | null;
  message_ref: number | null;
  raw_sha256: string;
  size_bytes: number;
  decided_by: number | null;
  decided_at: Instant | null;
}

export interface AuditTable {
  id: Generated<number>;
  at: Instant;
  user_id: number | null;
  action: string;
  entity: string;
  entity_id: number | null;
  order_id: number | null;
  before: Json | null;
  after: Json | null;
  reason: string | null;
}

export interface IntegrationTable {
  id: Generated<number>;
  name: string;
  /** The inactive users row its changes are recorded under. */
  user_id: number;
  key_prefix: string;
  key_hash: string;
  scopes: Json;
  created_at: Instant;
  created_by: number;
  last_used_at: Instant | null;
  revoked_at: Instant | null;
  revoked_by: number | null;
}

export interface IntegrationRequestTable {
  integration_id: number;
  idempotency_key: string;
  request_hash: string;
  http_status: number | null;
  response: Json | null;
  created_at: Instant;
}

export interface WebhookSubscriptionTable {
  id: Generated<number>;
  integration_id: number;
  url: string;
  events: Json;
  created_at: Instant;
  ended_at: Instant | null;
}

export interface WebhookDeliveryTable {
  id: Generated<number>;
  subscription_id: number;
  event_id: string;
  event: string;
  order_id: number | null;
  payload: Json;
  created_at: Instant;
  status: "queued" | "sending" | "delivered" | "failed";
  attempts: Defaulted<number>;
  due_at: Instant;
  claimed_until: Instant | null;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: Instant | null;
}

export interface PackingSlipTable {
  id: Generated<number>;
  order_id: number;
  /** The order version the slip was generated from: a later version makes it out of date. */
  order_version: number;
  sha256: string;
  size_bytes: number;
  page_count: number;
  generated_at: Instant;
  generated_by: number;
  /** The language the slip is written in. */
  language: Defaulted<Language>;
}

export interface SettingTable {
  key: string;
  value: Json;
  updated_at: Instant;
  updated_by: number | null;
}

export interface ClosingDayTable {
  date: BusinessDate;
  name: string;
}

/** File contents kept in the database (team mode), by their SHA-256. */
export interface BlobTable {
  sha256: string;
  bytes: Buffer;
  size_bytes: number;
  created_at: Instant;
}

export interface Database {
  users: UserTable;
  sessions: SessionTable;
  partners: PartnerTable;
  capabilities: CapabilityTable;
  regions: RegionTable;
  partner_capabilities: PartnerCapabilityTable;
  partner_regions: PartnerRegionTable;
  customers: CustomerTable;
  customer_contacts: CustomerContactTable;
  customer_addresses: CustomerAddressTable;
  order_numbers: OrderNumberTable;
  orders: OrderTable;
  order_capabilities: OrderCapabilityTable;
  order_items: OrderItemTable;
  assignments: AssignmentTable;
  offers: OfferTable;
  todos: TodoTable;
  tasks: TaskTable;
  milestones: MilestoneTable;
  fulfilment: FulfilmentTable;
  delivery_date_changes: DeliveryDateChangeTable;
  files: FileTable;
  file_reviews: FileReviewTable;
  feedback: FeedbackTable;
  ratings: RatingTable;
  rating_revisions: RatingRevisionTable;
  partner_scores: PartnerScoreTable;
  partner_rating_history: PartnerRatingHistoryTable;
  message_threads: MessageThreadTable;
  messages: MessageTable;
  message_attachments: MessageAttachmentTable;
  message_reads: MessageReadTable;
  unread_threads: UnreadThreadTable;
  outbox: OutboxTable;
  mail_in: MailInTable;
  audit_log: AuditTable;
  integrations: IntegrationTable;
  integration_requests: IntegrationRequestTable;
  webhook_subscriptions: WebhookSubscriptionTable;
  webhook_deliveries: WebhookDeliveryTable;
  packing_slips: PackingSlipTable;
  settings: SettingTable;
  closing_days: ClosingDayTable;
  blobs: BlobTable;
}

export type UserRecord = Selectable<UserTable>;
export type OrderRecord = Selectable<OrderTable>;
export type PartnerRecord = Selectable<PartnerTable>;
