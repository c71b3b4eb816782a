// Turns outbox rows into OpenTelemetry log records: the event's type as the body, its fields as
// `atiende.` attributes, its time as the timestamp, the store and kiosk as the resource.
import { SeverityNumber, type AnyValue, type Attributes } from '@opentelemetry/api';
import { millisToHrTime } from '@opentelemetry/core';
import { resourceFromAttributes, type Resource } from '@opentelemetry/resources';
import type { ReadableLogRecord } from '@opentelemetry/sdk-logs';
import { ATTR_SERVICE_INSTANCE_ID, ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { OutboxRow } from './outbox.ts';

export interface KioskIdentity {
  storeId: string;
  kioskId: string;
}

const scope = { name: 'atiende.telemetry', version: '1' };

export function kioskResource({ storeId, kioskId }: KioskIdentity): Resource {
  return resourceFromAttributes({
    [ATTR_SERVICE_NAME]: 'atiende-kiosk',
    [ATTR_SERVICE_INSTANCE_ID]: kioskId,
    'atiende.store.id': storeId,
    'atiende.kiosk.id': kioskId,
  });
}

/**
 * One event as a log record. `atiende.event.seq` (the outbox's, never reused) with the store and
 * kiosk ids is the key a collector can drop a resent duplicate by.
 */
export function eventLogRecord(row: OutboxRow, identity: KioskIdentity, resource: Resource, observedAt: Date): ReadableLogRecord {
  const { type, fields } = typeAndFields(row);
  return {
    hrTime: millisToHrTime(Date.parse(row.at)),
    hrTimeObserved: millisToHrTime(observedAt.getTime()),
    severityNumber: SeverityNumber.INFO,
    severityText: 'INFO',
    body: type,
    eventName: `atiende.${row.source}.${type}`,
    resource,
    instrumentationScope: scope,
    attributes: {
      'atiende.event.seq': row.seq,
      'atiende.event.source': row.source,
      'atiende.store.id': identity.storeId,
      'atiende.kiosk.id': identity.kioskId,
      ...flattened(fields, 'atiende.'),
    },
    droppedAttributesCount: 0,
  };
}

/** The loss made visible: how many unsent events the outbox's bound has dropped, all told. */
export function droppedLogRecord(dropped: number, identity: KioskIdentity, resource: Resource, at: Date): ReadableLogRecord {
  return {
    hrTime: millisToHrTime(at.getTime()),
    hrTimeObserved: millisToHrTime(at.getTime()),
    severityNumber: SeverityNumber.WARN,
    severityText: 'WARN',
    body: 'telemetry.dropped',
    eventName: 'atiende.telemetry.dropped',
    resource,
    instrumentationScope: scope,
    attributes: { 'atiende.telemetry.dropped': dropped, 'atiende.store.id': identity.storeId, 'atiende.kiosk.id': identity.kioskId },
    droppedAttributesCount: 0,
  };
}

/** What the trigger stored for each source (migration 8), as the type and the fields worth sending. */
function typeAndFields({ source, body }: OutboxRow): { type: string; fields: Record<string, unknown> } {
  const event = isRecord(body.event) ? body.event : {};
  if (source === 'audit') {
    const { action, seq, ...fields } = body;
    return { type: String(action), fields: { ...fields, logSeq: seq } };
  }
  // The time is the record's timestamp and the type its body; `storeId` is on the resource already.
  const { type, at: _at, ...eventFields } = event;
  const { event: _event, storeId: _storeId, seq, ...context } = body;
  return { type: String(type), fields: { ...context, ...eventFields, logSeq: seq } };
}

/** Nested objects become dotted keys; null and undefined are left out (OTLP has no null attribute). */
function flattened(fields: Record<string, unknown>, prefix: string): Attributes {
  const attributes: Attributes = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === null || value === undefined) continue;
    if (isRecord(value)) Object.assign(attributes, flattened(value, `${prefix}${key}.`));
    else attributes[`${prefix}${key}`] = attributeValue(value);
  }
  return attributes;
}

function attributeValue(value: unknown): string | number | boolean | string[] {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((item: AnyValue) => (typeof item === 'string' ? item : JSON.stringify(item)));
  return JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
