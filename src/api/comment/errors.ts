import { errors } from '@strapi/utils';
import { COMMENT_MESSAGES } from './rules/messages';

/**
 * The two refusals of the comment API that are not a 400 or a 404, in Strapi's error family.
 *
 * 403: Strapi's authorization layer (compose-endpoint) answers a thrown ForbiddenError with a bare
 * "Forbidden", except a PolicyError, whose message it lets through. A refusal readers must read
 * ("comments are closed") is therefore a PolicyError, named ForbiddenError in the answer.
 */
export class CommentsClosedError extends errors.PolicyError {
  constructor() {
    super(COMMENT_MESSAGES.closed);
    // The answer's name is the 403's ordinary one; PolicyError is only how the message gets through.
    (this as Error).name = 'ForbiddenError';
  }
}

/**
 * 409: @strapi/utils has no ConflictError; its error middleware answers an `errors.HttpError`
 * (http-errors) with its status, name, message and details. http-errors' constructor cannot be
 * called from a subclass, so the prototype is linked instead, as http-errors does itself.
 */
export class ConflictError extends Error {
  readonly status = 409;
  readonly statusCode = 409;
  readonly expose = true;
  constructor(
    message: string,
    readonly details: { errors: Array<{ path: string[]; message: string; name: string }> }
  ) {
    super(message);
    this.name = 'ConflictError';
  }
}
Object.setPrototypeOf(ConflictError.prototype, errors.HttpError.prototype);

export const duplicateComment = () =>
  new ConflictError(COMMENT_MESSAGES.duplicate, { errors: [{ path: ['body'], message: COMMENT_MESSAGES.duplicate, name: 'ConflictError' }] });
