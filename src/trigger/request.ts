/** What a trigger asks for (PRODUCT.md §1.1). Built once from the event; never mutated afterwards. */
export type DroidCommand = 'fix' | 'plan' | 'ci-fix' | 'test' | 'review';

export interface Ticket {
  /** e.g. "PROJ-123", "#42", "!7"; used in branch names, markers and trailers */
  key: string;
  title: string;
  body: string;
  url?: string | undefined;
}

/** Where the work lands: a fresh branch for an issue/ticket, or an existing PR/MR's head branch. */
export type Target =
  | { kind: 'ticket'; issueNumber?: number | undefined }
  | {
      kind: 'change';
      /** PR number / MR iid */
      number: number;
      headBranch: string;
      /** pinned when the run starts; a push on top of another SHA is refused ("PR head moved") */
      headSha: string;
      baseBranch: string;
      fromFork: boolean;
    };

export interface Request {
  command: DroidCommand;
  ticket: Ticket;
  /**
   * A key the trigger names that a ticket system may know (PRODUCT.md §11): `/droid fix PROJ-12`, a
   * dispatch key without a title, the `ticket` input, an issue title starting with a key, GitLab's
   * DROID_TICKET_KEY without DROID_TICKET_TITLE. The tickets stage looks it up when `tickets:` is set.
   */
  ticketLookup?: string | undefined;
  /** free text after the command word, or the prompt input */
  instructions: string;
  actor: string;
  /** true when the actor is a bot account (GitHub type Bot, GitLab bot user) */
  actorIsBot: boolean;
  target: Target;
  /** where the trigger came from, for replies and the audit log */
  source: {
    event: string;
    /** the comment/note that triggered the run, when there is one */
    commentId?: number | undefined;
    /** review comments carry a file and line into the prompt */
    location?: { path: string; line?: number | undefined } | undefined;
    url?: string | undefined;
    /** started by a pull request event for `review.auto`, not by a person asking: quiet unless it posts a review */
    auto?: boolean | undefined;
  };
}
