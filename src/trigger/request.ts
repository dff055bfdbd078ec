/** What a trigger asks for (PRODUCT.md §1.1). Built once from the event; never mutated afterwards. */
/** `approve` carries out the droid's latest plan comment on the thread (PRODUCT.md §12); the run turns it into a `fix` with `approvedPlan` */
export type DroidCommand = 'fix' | 'plan' | 'approve' | 'ci-fix' | 'test' | 'review';

/** A plan comment the droid's own account wrote, in its current text, and who approved it (PRODUCT.md §12). */
export interface ApprovedPlan {
  text: string;
  approver: string;
  commentId: number;
  /** the comment's URL (the `Droid-Plan:` trailer); the id when the forge gave none */
  url: string;
}

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
  /** set by the run for `/droid approve`: the plan the engine carries out */
  approvedPlan?: ApprovedPlan | undefined;
  /** set by the run for a follow-up on a droid PR/MR: what the droid wrote there before (PRODUCT.md §12) */
  earlier?: EarlierWork | undefined;
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

/**
 * A follow-up's context (`/droid fix …` on a PR/MR the droid opened): read from what the droid wrote on
 * it — its PR/MR body and its own latest progress comment — never from the PR's files.
 */
export interface EarlierWork {
  /** where it was read from, for the prompt (the PR/MR URL) */
  from: string;
  /** the ticket line of the body's Ticket section */
  ticket?: string | undefined;
  /** the engine's summary of the earlier work (the body's Summary section) */
  summary?: string | undefined;
  /** the plan the earlier work followed (the body's Plan section) */
  plan?: string | undefined;
  /** the tests that were failing then (the body's failure summary) */
  failures?: string | undefined;
  /** the CI jobs that failed after the earlier push (the droid's own progress comment) */
  ci?: string | undefined;
}
