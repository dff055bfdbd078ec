/** The vocabulary of the tickets stage (PRODUCT.md §11): one ticket system behind one small interface. */
export interface FetchedTicket {
  key: string;
  title: string;
  /** the description as Markdown (untrusted: it goes into the prompt as data) */
  description: string;
  url: string;
  status: string;
}

export type WriteBackResult = 'created' | 'updated';
export type TransitionResult = 'moved' | 'already' | 'not-available';

export interface TicketSystem {
  /** "Jira" or "Linear", named in refusals and warnings */
  readonly name: string;
  /** the ticket, or undefined when the system says the key does not exist */
  fetch(key: string): Promise<FetchedTicket | undefined>;
  /** one comment per ticket: the one holding `marker` is edited, else a new one is posted */
  upsertComment(key: string, markdown: string, marker: string): Promise<WriteBackResult>;
  /** moves the ticket to the status/transition named `to` unless it is there already */
  transition(key: string, to: string, current: string): Promise<TransitionResult>;
}
