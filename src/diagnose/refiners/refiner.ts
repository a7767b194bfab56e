/** A refiner cross-checks one text+state diagnosis against the account and DNS, and adapts the finding. */
import type { EventGroup } from '../event-groups';
import type { AuditInput, Finding } from '../model';

export type Refiner = (group: EventGroup, input: AuditInput, base: Finding) => Finding;
