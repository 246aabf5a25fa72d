// Generated from the API's OpenAPI document by `npm run api:types`: do not edit by hand.
export interface paths {
  '/api/auth/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Signs in with email and password; sets the session cookie (HttpOnly, SameSite=Strict) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Signed in */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Wrong email or password */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many failed attempts; retry later */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in account, its roles, and the CSRF token */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Me */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Me'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sign-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ends this session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Signed out */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              signedOut: true;
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sign-out-everywhere': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ends every session of the signed-in account, on every device */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Signed out everywhere */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              sessionsEnded: number;
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answers an invitation link: a new email gets its account, with this name and password, and the role. An email that has an account is left unchanged (the password is not checked) and accepts the invitation signed in (POST /api/auth/memberships). The answer is the same either way. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
            displayName?: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Answered; sign in next */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InvitationAnswer'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Invitations sent to the signed-in account's email that it has not accepted yet */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Open invitations */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Invitation'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/memberships': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accepts an invitation sent to the signed-in account's email: the account takes the role it offers (in place of any role it had in that partnership) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            invitation: string;
          };
        };
      };
      responses: {
        /** @description The role taken */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Membership'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sets a new password with a reset link issued by an administrator; ends all sessions of the account */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description The account; sign in next */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Account'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Creates the server's first administrator, with the one-time link printed when the server started */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
            email: string;
            displayName: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description The administrator; sign in next */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Account'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All accounts (administrators) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Accounts */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Account'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Creates an account (administrators); roles in partnerships are given separately */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
            displayName: string;
            password: string;
            isAdmin?: boolean;
          };
        };
      };
      responses: {
        /** @description The account */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Account'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{accountId}/reset-link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A one-time password reset link for an account (administrators), valid 24 hours */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The link */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OneTimeLink'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{accountId}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Disables an account and ends its sessions (administrators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description The account */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Account'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who takes part in the partnership, in which role */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Members */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Member'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/members/{accountId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Changes a member's role in the partnership (a partner leader's with their district). Someone who is not a member is invited instead (POST …/invitations); only administrators change an administrator's role */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
          accountId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            role: components['schemas']['PartnershipRole'];
            district?: string;
          };
        };
      };
      responses: {
        /** @description The role */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              partnershipId: string;
              role: components['schemas']['PartnershipRole'];
              districtId: string | null;
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    /** Removes a member from the partnership, with the reason kept in the history; they see nothing of it from their next request. Only administrators remove an administrator; nobody removes themselves */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
          accountId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Removed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              removed: true;
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The invitations to the partnership still open (not accepted, expired or withdrawn), newest first; never their links */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Open invitations */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PartnershipInvitation'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Invites someone by email to take a role in the partnership: a one-time link valid 7 days. Someone who has an account already accepts it signed in, and finds it on their account page */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
            role: components['schemas']['PartnershipRole'];
            district?: string;
          };
        };
      };
      responses: {
        /** @description The invitation link, to send to the person */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OneTimeLink'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/invitations/{invitationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraws an open invitation, with the reason kept in the history: its link then answers as any invalid link does. Only administrators withdraw an invitation to be an administrator */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
          invitationId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Withdrawn */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              withdrawn: true;
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Checks the audit trail's hash chain (administrators) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The result */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ok: boolean;
              entries: number;
              broken: {
                seq: number;
                reason: string;
              } | null;
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The whole audit trail as CSV, safe to open in a spreadsheet (administrators) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description CSV */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': string;
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The partnerships the signed-in account takes part in */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Partnerships */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Partnership'][];
          };
        };
      };
    };
    put?: never;
    /** Creates a partnership (administrators), with its first cycles and its quote minimum */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['NewPartnership'];
        };
      };
      responses: {
        /** @description The new partnership */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Partnership'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Counts of districts, schools, participants, interviews, turns, words and analysis */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Statistics */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Stats'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where the analysis stands, per district and cycle: interviews, ISFs done and to do, summaries, claims, findings */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Progress */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DistrictProgress'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/organizations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Districts, schools and central-office units */
    get: {
      parameters: {
        query?: {
          kind?: 'district' | 'school' | 'unit';
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Organizations */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Organization'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Adds a district, or a school or central-office unit of a district */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['NewOrganization'];
        };
      };
      responses: {
        /** @description The new organization */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Organization'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/cycles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cycles (school years) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Cycles, oldest first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Cycle'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Adds a cycle (a school year, "2010-11") */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['NewCycle'];
        };
      };
      responses: {
        /** @description The new cycle */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Cycle'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/participants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Participants (the roster), linked across cycles by their stable ID, with their attribute values */
    get: {
      parameters: {
        query?: {
          role?: components['schemas']['RoleGroup'];
          /** @description A participant attribute (name or ID) to filter by, with value */
          attribute?: string;
          /** @description The value of the attribute: a choice, a number, a date, or text within */
          value?: string;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Participants */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Participant'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Adds a participant to the roster by hand */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['NewParticipant'];
        };
      };
      responses: {
        /** @description The new participant */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Participant'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/interviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Interviews, filtered by district, school, role group, cycle, protocol or participant */
    get: {
      parameters: {
        query?: {
          district?: string;
          school?: string;
          role?: components['schemas']['RoleGroup'];
          cycle?: string;
          protocol?: string;
          participant?: string;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Interviews */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Interview'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Adds an interview with its transcript file (.txt, .docx, .vtt, .srt), without a bundle: who was interviewed (the interview takes the participant's role group and school as they stand), in which cycle, when and by whom. Nothing is stored unless the transcript is; speaker labels that do not say who is who are refused as for a transcript added to an interview */
    post: {
      parameters: {
        query: {
          /** @description The participant's ID or code */
          participant: string;
          cycle: string;
          date: string;
          interviewer: string;
          protocol?: string;
          /** @description Default: the participant's code and the cycle's years (T01-0910), numbered if taken */
          code?: string;
          fileName: string;
          /** @description Whose each speaker label is, as JSON: {"Speaker 1": "interviewer", "Speaker 2": "participant"} (roles: interviewer, participant, other); every label of the transcript, and only those */
          speakers?: string;
          /** @description Read text without a speaker label as spoken by this speaker */
          unlabelledSpeaker?: string;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/octet-stream': string;
        };
      };
      responses: {
        /** @description The interview and its transcript, stored */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['UploadedTranscript'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interviews/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An interview */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The interview */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Interview'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interviews/{id}/transcript': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An interview's transcript as speaker turns with offsets (the current version unless one is asked for) */
    get: {
      parameters: {
        query?: {
          version?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The transcript */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Transcript'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Adds a transcript file (.txt, .docx, .vtt, .srt) to an interview: its first transcript, or a corrected one as the next version. When its speaker labels do not say who is the interviewer, it is refused (400, details.speakers listing each label with its turns and first words) until `speakers` says; that mapping is remembered for the interview and file */
    post: {
      parameters: {
        query: {
          fileName: string;
          /** @description Whose each speaker label is, as JSON: {"Speaker 1": "interviewer", "Speaker 2": "participant"} (roles: interviewer, participant, other); every label of the transcript, and only those */
          speakers?: string;
          /** @description Read text without a speaker label as spoken by this speaker */
          unlabelledSpeaker?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/octet-stream': string;
        };
      };
      responses: {
        /** @description The transcript stored (or found unchanged) */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['UploadedTranscript'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Full-text search over what was said in current transcripts */
    get: {
      parameters: {
        query: {
          /** @description Words, "quoted phrases", prefix*, OR, -excluded */
          q: string;
          role?: components['schemas']['RoleGroup'];
          /** @description District ID or name */
          district?: string;
          /** @description School ID or name */
          school?: string;
          /** @description Cycle ID or label, e.g. 2010-11 */
          cycle?: string;
          /** @description Only the interviewer's turns, or only the participant's */
          speaker?: 'interviewer' | 'participant';
          limit?: number;
          offset?: number | null;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Hits in interview order, turn by turn; page with limit and offset */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SearchResult'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organizations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Renames a district, school or central-office unit (interviews follow; the audit trail keeps the old name) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RenameOrganization'];
        };
      };
      responses: {
        /** @description The organization */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Organization'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/participants/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edits a participant (a new version with its reason); past interviews keep the role and school they were given at the time, unless the change is a correction (alsoPastInterviews) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ParticipantEdit'];
        };
      };
      responses: {
        /** @description The participant, and how many earlier interviews keep their role and school */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EditedParticipant'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/participant-attributes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The attributes the partnership records of its participants (years of experience, grades taught…), in the order they were defined */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Participant attributes */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ParticipantAttribute'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Defines a participant attribute: its name, kind (text, number, date, choice, choices), choices and description */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['NewParticipantAttribute'];
        };
      };
      responses: {
        /** @description The new attribute */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ParticipantAttribute'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/participant-attributes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Renames a participant attribute or changes its description or choices (a new version with its reason); its kind stays */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ParticipantAttributeEdit'];
        };
      };
      responses: {
        /** @description The attribute */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ParticipantAttribute'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/participants/{id}/attributes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Sets a participant's attribute values (a new version of the participant with its reason); those not named stay */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AttributeValuesEdit'];
        };
      };
      responses: {
        /** @description The participant */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EditedParticipant'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/coding-assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The interviews assigned to coders (of one interview or coder), and whether each coder is done */
    get: {
      parameters: {
        query?: {
          interview?: string;
          coder?: string;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Assignments */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CodingAssignment'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Assigns interviews to coders (two or more for double coding); an assignment made before stays */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Interview IDs or codes */
            interviews: string[];
            /** @description Account IDs of members who code (administrators, lead researchers, analysts) */
            coders: string[];
          };
        };
      };
      responses: {
        /** @description The assignments of those interviews */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CodingAssignment'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/coding-assignments/unassign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraws an assignment, with the reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            assignmentId: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Unassigned */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/coding-assignments/done': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The coder marks their coding of the interview done: they then see the others' codings, and theirs count for agreement */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            assignmentId: string;
          };
        };
      };
      responses: {
        /** @description The assignment */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CodingAssignment'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/coding-assignments/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The coder reopens their coding of the interview (blind again; theirs no longer count until done) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            assignmentId: string;
          };
        };
      };
      responses: {
        /** @description The assignment */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CodingAssignment'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/reliability/agreement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Agreement per code and overall on the double-coded interviews: Krippendorff's α, Cohen's κ (two coders), percent agreement, unitizing α */
    get: {
      parameters: {
        query?: {
          interview?: string;
          code?: string;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Agreement */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AgreementReport'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/reliability/disagreements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The turns where coders differ on a code, side by side, with the decision made on each */
    get: {
      parameters: {
        query?: {
          interview?: string;
          code?: string;
          limit?: number;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Disagreements */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Disagreements'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/reliability/reconciliations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The decisions recorded on disagreements, oldest first: who decided and why */
    get: {
      parameters: {
        query?: {
          interview?: string;
          code?: string;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Reconciliations */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Reconciliation'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Records whether a code applies to a unit where coders disagreed (a turn, or a stretch), who decided and why */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Interview ID or code */
            interview: string;
            codeId: string;
            /** @description The turn decided on; or give start and end */
            turnSeq?: number;
            start?: number;
            end?: number;
            /** @enum {string} */
            decision: 'applied' | 'not_applied';
            reason: string;
            /** @description The coding that stands for an applied decision (default: a live coding of the code on the unit) */
            codingId?: string;
          };
        };
      };
      responses: {
        /** @description The reconciliation */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Reconciliation'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reliability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Agreement on a CSV table of ratings made outside Warrant (units × coders, blank for missing): Krippendorff's α at the level, Cohen's κ (two coders), percent agreement. Nothing is stored. */
    post: {
      parameters: {
        query: {
          level: 'nominal' | 'ordinal' | 'interval' | 'ratio';
          /** @description The file's name, for messages (default upload.csv) */
          file?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'text/csv': string;
          'text/plain': string;
        };
      };
      responses: {
        /** @description Agreement */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RatingTableReliability'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analyses/describe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** n, missing, mean, SD, median, quartiles, IQR and range of a numeric column of a CSV table, per group of another column and over all */
    post: {
      parameters: {
        query: {
          /** @description The numeric column to describe */
          value: string;
          /** @description A column whose values group the cases */
          by?: string;
          /** @description The file's name, for messages (default upload.csv) */
          file?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'text/csv': string;
          'text/plain': string;
        };
      };
      responses: {
        /** @description Descriptives */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TableDescriptives'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analyses/correlate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pearson's r (with its 95 % interval) and Spearman's ρ of two numeric columns of a CSV table, with n and p */
    post: {
      parameters: {
        query: {
          /** @description The first numeric column */
          x: string;
          /** @description The second numeric column */
          y: string;
          /** @description The file's name, for messages (default upload.csv) */
          file?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'text/csv': string;
          'text/plain': string;
        };
      };
      responses: {
        /** @description Correlation */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TableCorrelation'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analyses/ols': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** OLS with an intercept on the complete cases of a CSV table; cluster-robust (CR1) standard errors with a cluster column */
    post: {
      parameters: {
        query: {
          /** @description The outcome */
          y: string;
          /** @description The predictors, separated by commas */
          x: string;
          /** @description A column whose values cluster the cases, for cluster-robust (CR1) standard errors */
          cluster?: string;
          /** @description The file's name, for messages (default upload.csv) */
          file?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'text/csv': string;
          'text/plain': string;
        };
      };
      responses: {
        /** @description Regression */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Regression'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/analyses/cronbach': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cronbach's α of a scale's items in a CSV table, with α if an item is deleted and item-rest correlations */
    post: {
      parameters: {
        query?: {
          /** @description The items' columns, separated by commas (default: every column of numbers but a first column of identifiers) */
          items?: string;
          /** @description The file's name, for messages (default upload.csv) */
          file?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'text/csv': string;
          'text/plain': string;
        };
      };
      responses: {
        /** @description Scale reliability */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ScaleReliability'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/instruments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The partnership's instruments (surveys, observation rubrics, knowledge tests, achievement), each with its items and its responses per cycle */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Instruments */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Instrument'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/instruments/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Imports a file of responses in a cycle (Qualtrics, REDCap with its dictionary, or CSV), or of lessons scored on an observation rubric, matched to the roster: nothing is stored on any error unless skipInvalid; the same file again changes nothing. The report names every problem's line and column. */
    post: {
      parameters: {
        query: {
          /** @description The instrument (defined from the file when new) */
          instrument: string;
          /** @description qualtrics, redcap or csv: a survey tool's export; lessons: scores of lessons on an observation rubric, a line per teacher, lesson date, rater, dimension and level */
          format: 'qualtrics' | 'redcap' | 'csv' | 'lessons' | 'achievement';
          cycle: string;
          /** @description The column of the participants' IDs */
          idColumn?: string;
          /** @description The kind of a new instrument (survey unless said) */
          kind?: 'survey' | 'observation rubric' | 'knowledge test' | 'student achievement' | 'other';
          /** @description Lesson scores: the levels a rubric's new dimensions are scored on, e.g. 1-4 (the default) */
          levels?: string;
          /** @description Store the valid responses and report the invalid ones (true), instead of storing nothing on any error */
          skipInvalid?: 'true' | 'false';
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': {
            /** Format: binary */
            file: string;
            /**
             * Format: binary
             * @description REDCap's data dictionary, which a REDCap export needs
             */
            dictionary?: string;
            /**
             * Format: binary
             * @description A CSV mapping the identifiers the export gives respondents (e-mail, staff ID) to participant IDs (columns participant_id and the identifier); read, not stored
             */
            mapping?: string;
          };
        };
      };
      responses: {
        /** @description The import report (written false when nothing was stored) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InstrumentImportReport'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/instruments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An instrument with its items (type, value labels, range, reverse coding, the cycle first asked) and its scales */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The instrument */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InstrumentDetail'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/instruments/{id}/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Changes an item's wording, type, value labels, range or reverse coding as the instrument's next version, with the reason; refused when a stored answer would not read under it */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The item's key */
            key: string;
            text?: string;
            /** @enum {string} */
            type?: 'scale' | 'number' | 'text';
            labels?: components['schemas']['ValueLabel'][];
            min?: number | null;
            max?: number | null;
            reverse?: boolean;
            /** @description The cycle from which the item is worded as now; null: never reworded */
            rewordedIn?: string | null;
            /** @description Its values compare with those before its rewording (or before it was first asked): changes across it are measured */
            comparable?: boolean;
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why the item changes (kept in the audit trail) */
            reason: string;
          };
        };
      };
      responses: {
        /** @description The instrument */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InstrumentDetail'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/instruments/{id}/scales': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Defines a scale: the mean or sum of its items (reverse-coded ones reversed), missing below a minimum of items answered */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            items: string[];
            /** @enum {string} */
            method?: 'mean' | 'sum';
            /** @description Items a respondent must have answered for a score (all unless said) */
            minimumAnswered?: number;
          };
        };
      };
      responses: {
        /** @description The scale */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Scale'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/scales/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Revises a scale's name, items, method or minimum as its next version, with the reason; its scores follow */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            items?: string[];
            /** @enum {string} */
            method?: 'mean' | 'sum';
            /** @description Items a respondent must have answered for a score (all unless said) */
            minimumAnswered?: number;
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why the scale changes (kept in the audit trail) */
            reason: string;
          };
        };
      };
      responses: {
        /** @description The scale */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Scale'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/instruments/{id}/descriptives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** n, missing, mean, SD, median, quartiles and range of a scale or item per cycle, and per district, school or role group within each */
    get: {
      parameters: {
        query: {
          /** @description A scale (by name) or an item (by key) of the instrument */
          measure: string;
          /** @description Groupings within each cycle, separated by commas: district, school, role */
          by?: string;
          /** @description Only this cycle */
          cycle?: string;
          /** @description Only participants of this district when they responded (name or ID) */
          district?: string;
          /** @description Only participants of this school */
          school?: string;
          /** @description Only this role group */
          role?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The descriptives */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MeasureDescriptives'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/instruments/{id}/reliability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cronbach's α of each scale in each cycle (reverse-coded items reversed), with α if an item is deleted and item-rest correlations */
    get: {
      parameters: {
        query?: {
          /** @description Only this cycle */
          cycle?: string;
          /** @description Only participants of this district when they responded (name or ID) */
          district?: string;
          /** @description Only participants of this school */
          school?: string;
          /** @description Only this role group */
          role?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The reliability of the scales */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MeasureReliability'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/instruments/{id}/agreement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An observation rubric's agreement between raters on the lessons two of them scored: Krippendorff's ordinal α, exact and within-one agreement, per dimension and pooled */
    get: {
      parameters: {
        query?: {
          /** @description Only this cycle */
          cycle?: string;
          /** @description Only participants of this district when they responded (name or ID) */
          district?: string;
          /** @description Only participants of this school */
          school?: string;
          /** @description Only this role group */
          role?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The raters' agreement */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LessonAgreement'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/instruments/{id}/achievement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Each student group's achievement per year (students tested, percent at standard and mean scale score, weighted over schools and grades) and its gap to all students; groups under a minimum suppressed if asked */
    get: {
      parameters: {
        query?: {
          /** @description Only this district (name or ID) */
          district?: string;
          /** @description Only this school */
          school?: string;
          /** @description Only this grade */
          grade?: string;
          /** @description Suppress a group of fewer students tested than this (partner leaders always see groups under 10 suppressed) */
          minimum?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The achievement by student group */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AchievementTable'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/districts/{id}/achievement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A district's student achievement by group and year, as its partner leaders see it: aggregates only, every group of fewer than 10 students tested suppressed (the team sees them unless it asks for a minimum) */
    get: {
      parameters: {
        query?: {
          /** @description The student achievement instrument (name or ID); default the partnership's first */
          instrument?: string;
          /** @description Only this school of the district */
          school?: string;
          /** @description Only this grade */
          grade?: string;
          /** @description Suppress a group of fewer students tested than this (partner leaders always see groups under 10 suppressed) */
          minimum?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The district's achievement by student group */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DistrictAchievement'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/instruments/{id}/change': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The change of a scale or item between two cycles for the participants measured in both: paired t test, over all and per group */
    get: {
      parameters: {
        query: {
          /** @description A scale (by name) or an item (by key) of the instrument */
          measure: string;
          /** @description The earlier cycle (default: the one before `to` with responses) */
          from?: string;
          /** @description The later cycle (default: the last with responses) */
          to?: string;
          /** @description Group the participants as they were in the later cycle */
          by?: 'district' | 'school' | 'role';
          /** @description Only participants of this district when they responded (name or ID) */
          district?: string;
          /** @description Only participants of this school */
          school?: string;
          /** @description Only this role group */
          role?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The change */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MeasureChange'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/participants/{id}/measures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A participant's scales and items across the years, per instrument, with the change since their previous response */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The participant's measures */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ParticipantMeasures'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/instruments/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The instrument's items and scale scores as CSV for R, Stata or SPSS (a line per participant and cycle, or per participant), or its data dictionary */
    get: {
      parameters: {
        query?: {
          /** @description long: a line per participant and cycle (the default); wide: a line per participant */
          shape?: 'long' | 'wide';
          /** @description The data (the default) or its dictionary */
          file?: 'data' | 'dictionary';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The data or its dictionary, as CSV */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/octet-stream': string;
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/measures/correlate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pearson's r and Spearman's ρ of two measures (each of an instrument in a cycle), over the participants who have both; nothing is stored */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            x: components['schemas']['MeasureInCycle'];
            y: components['schemas']['MeasureInCycle'];
          };
        };
      };
      responses: {
        /** @description The correlation */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MeasureCorrelation'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/measures/ols': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** OLS of a measure on others, matched by participant, with ordinary or cluster-robust (CR1) errors by the school or district of the outcome's response; nothing is stored */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            outcome: components['schemas']['MeasureInCycle'];
            predictors: components['schemas']['MeasureInCycle'][];
            /**
             * @description Cluster-robust (CR1) errors by the school or district of the outcome's response
             * @enum {string}
             */
            cluster?: 'school' | 'district';
          };
        };
      };
      responses: {
        /** @description The fit */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MeasureRegression'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/isf-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** ISF templates: the default per role group and the districts' customised ones */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Templates */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['IsfTemplate'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/isf-templates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An ISF template */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The template */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['IsfTemplate'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/isf-templates/fields': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Adds a field to a template (a district's first change copies the default) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            role: components['schemas']['RoleGroup'];
            /** @description District ID or name; without it, the partnership's default template */
            district?: string;
            reason?: string;
            /** @description The template version the change was made on */
            expectedVersion?: number;
            label: string;
            guidance?: string;
            key?: string;
            /** @description An ISF cannot be marked complete while the field is empty */
            required?: boolean;
          };
        };
      };
      responses: {
        /** @description The template, one version on */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['IsfTemplate'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/isf-templates/fields/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Changes a field's label, guidance or whether it is required (its key, and the entries written under it, stay) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
          key: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            role: components['schemas']['RoleGroup'];
            /** @description District ID or name; without it, the partnership's default template */
            district?: string;
            reason?: string;
            /** @description The template version the change was made on */
            expectedVersion?: number;
            label?: string;
            /** @description The prompt analysts write to */
            guidance?: string;
            required?: boolean;
          };
        };
      };
      responses: {
        /** @description The template, one version on */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['IsfTemplate'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/isf-templates/order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Puts the fields in use in a new order (retired fields keep their places) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            role: components['schemas']['RoleGroup'];
            /** @description District ID or name; without it, the partnership's default template */
            district?: string;
            reason?: string;
            /** @description The template version the change was made on */
            expectedVersion?: number;
            /** @description Every field in use, by key, in the new order */
            keys: string[];
          };
        };
      };
      responses: {
        /** @description The template, one version on */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['IsfTemplate'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/isf-templates/fields/{key}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Retires a field: new forms no longer have it; entries already written stay */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
          key: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            role: components['schemas']['RoleGroup'];
            /** @description District ID or name; without it, the partnership's default template */
            district?: string;
            reason?: string;
            /** @description The template version the change was made on */
            expectedVersion?: number;
          };
        };
      };
      responses: {
        /** @description The template, one version on */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['IsfTemplate'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/excerpts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Marks a passage of an interview transcript as evidence (by offsets, a quote or a turn) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Interview ID or code */
            interview: string;
            start?: number;
            end?: number;
            quote?: string;
            turn?: number;
            note?: string;
          };
        };
      };
      responses: {
        /** @description The excerpt */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Excerpt'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/excerpts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An excerpt, with where it is cited */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The excerpt */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Excerpt'] & {
              citedBy: string[];
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/excerpts/to-review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Passages whose transcript was corrected since they were cited and whose words changed: each to accept, re-anchor or withdraw */
    get: {
      parameters: {
        query?: {
          /** @description Interview ID or code */
          interview?: string;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The passages to review */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Excerpt'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/excerpts/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Keeps a passage's words as they were said, though its transcript was corrected since: what cites it no longer needs review */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why the change was made (kept in the audit trail) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description The passage */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Excerpt'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/excerpts/{id}/reanchor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Anchors a passage to words of its interview's corrected transcript (by offsets, a quote or a turn): its next version, which what cites it follows */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why the change was made (kept in the audit trail) */
            reason?: string;
            start?: number;
            end?: number;
            quote?: string;
            turn?: number;
          };
        };
      };
      responses: {
        /** @description The passage */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Excerpt'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/excerpts/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraws a passage of a corrected transcript: it is retired, and what cites it is shown as needing a new source */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Why it is withdrawn (kept in the audit trail) */
            reason: string;
          };
        };
      };
      responses: {
        /** @description The passage */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Excerpt'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/codings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Codes a passage with one or more codes, as the caller's codings: a selection of an interview's current transcript (widened to whole words), a quote, a whole turn, or a stretch of an artifact's text */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['NewCoding'];
        };
      };
      responses: {
        /** @description The new codings, one a code */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              codings: components['schemas']['Coding'][];
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interviews/{id}/codings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The codings of an interview's current transcript, in text order, with each code's name and colour and its coder; a coder assigned to the interview sees only their own until they mark it done */
    get: {
      parameters: {
        query?: {
          /** @description Only the codings of this code (ID or name) */
          code?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The transcript's codings */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TranscriptCodings'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/artifacts/{id}/codings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The codings of an artifact's text, in text order, with each code's name and colour and its coder */
    get: {
      parameters: {
        query?: {
          /** @description Only the codings of this code (ID or name) */
          code?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The artifact's codings */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Coding'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/codings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A coding, with its code, coder and passage */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The coding */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Coding'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/codings/{id}/uncode': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Uncodes a passage: the coding (the caller’s own) is retired, with the reason kept in the audit trail */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why the change was made (kept in the audit trail) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description The coding, uncoded */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Coding'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/codings/{id}/recode': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Recodes a passage: the coding’s (the caller’s own) next version applies another code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The code to apply instead, by ID or name */
            code: string;
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why the change was made (kept in the audit trail) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description The coding, recoded */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Coding'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/isfs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** ISFs, filtered by district, school, role group, cycle or status */
    get: {
      parameters: {
        query?: {
          district?: string;
          school?: string;
          role?: components['schemas']['RoleGroup'];
          cycle?: string;
          status?: 'draft' | 'complete';
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description ISFs */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              interviewId: string;
              interviewCode: string;
              pseudonym: string;
              role: string;
              cycle: string;
              status: string;
              version: number;
              updatedAt: string;
            }[];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Starts the ISF of an interview on its district's template for the role */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Interview ID or code */
            interview: string;
          };
        };
      };
      responses: {
        /** @description The new form */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Isf'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/isfs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An ISF with its fields, entries and the passages each entry cites */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The form */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Isf'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/isfs/{id}/entries/{field}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Writes one field of an ISF, optionally citing excerpts; edits of an existing entry give expectedVersion */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          field: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why the change was made (kept in the audit trail) */
            reason?: string;
            cite?: {
              excerptId: string;
              stance?: components['schemas']['Stance'];
            }[];
          };
        };
      };
      responses: {
        /** @description The form */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Isf'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/isfs/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Marks an ISF complete (every entry must cite its passages) or back to draft */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'draft' | 'complete';
            /** @description Why the change was made (kept in the audit trail) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description The form */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Isf'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/summaries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mid-level summaries with their claims */
    get: {
      parameters: {
        query?: {
          district?: string;
          cycle?: string;
          kind?: 'school' | 'role_group';
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Summaries */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Summary'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Starts a school summary or a role-group summary */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'school' | 'role_group';
            district: string;
            cycle: string;
            school?: string;
            role?: components['schemas']['RoleGroup'];
            title?: string;
          };
        };
      };
      responses: {
        /** @description The new summary */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Summary'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/summaries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A summary with its claims, their evidence and triangulation */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The summary */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Summary'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/summaries/{id}/evidence-candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** ISF entries the summary's claims may cite (those of the interviews in its scope) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Entries */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              text: string;
              field: string;
              fieldLabel: string;
              interviewCode: string;
              pseudonym: string;
              role: string;
              school: string;
            }[];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/summaries/{id}/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Adds a claim citing ISF entries (each supporting or contradicting it) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
            triangulationNote?: string;
            cite?: {
              entryId: string;
              stance?: components['schemas']['Stance'];
            }[];
          };
        };
      };
      responses: {
        /** @description The claim */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Claim'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/claims/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A claim */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The claim */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Claim'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edits a claim's text or triangulation note */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text?: string;
            triangulationNote?: string;
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why the change was made (kept in the audit trail) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description The claim */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Claim'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** District findings */
    get: {
      parameters: {
        query?: {
          district?: string;
          cycle?: string;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Findings */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Finding'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Adds a district finding citing claims of the district's mid-level summaries */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            district: string;
            cycle: string;
            text: string;
            cite?: {
              claimId: string;
              stance?: components['schemas']['Stance'];
            }[];
          };
        };
      };
      responses: {
        /** @description The finding, and each participant its text names (partners read findings in the feedback report) */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Finding'] & {
              /** @description Each participant the saved text names, and where: reword it before the partner version is released */
              warnings: string[];
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/findings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A finding */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The finding */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Finding'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edits a finding's text */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why the change was made (kept in the audit trail) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description The finding, and each participant its text names */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Finding'] & {
              /** @description Each participant the saved text names, and where: reword it before the partner version is released */
              warnings: string[];
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/citations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cites evidence: an ISF entry cites an excerpt, a claim an ISF entry, a finding a claim */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            citingId: string;
            citedId: string;
            stance?: components['schemas']['Stance'];
            note?: string;
          };
        };
      };
      responses: {
        /** @description The citation */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Citation'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/retirements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Retires an excerpt, ISF entry, claim, finding or citation (kept, never deleted) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            id: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Retired */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              kind: string;
              retiredAt: string;
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/citation-withdrawals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Removes evidence from a record that cites it (an ISF entry, claim, finding, strategy or element, feedback record): the citation is retired with the reason, never deleted */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            citingId: string;
            citedId: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description The citation, retired */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              kind: string;
              retiredAt: string;
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/trace/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Backtracks a finding, claim or ISF entry to the transcript passages it rests on */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The chain, as a tree, and its passages */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Trace'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every ISF entry, claim and finding whose chain is broken or needs review */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description ok is false if any chain is broken */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ok: boolean;
              issues: components['schemas']['CheckIssue'][];
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/history/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who changed a record, when, how and why (the audit trail) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Changes, oldest first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HistoryEntry'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/support-types': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The interpretive framework's types of support, in order */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Support types */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SupportType'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Adds a type of support to the framework */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            key: string;
            name: string;
            category?: string;
            description: string;
          };
        };
      };
      responses: {
        /** @description The support type */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SupportType'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/support-types/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Refines a type of support: a new version, with its reason */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            category?: string;
            description?: string;
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why the framework changes: required */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description The support type */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SupportType'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The codebook: its live codes in reading order (each before the codes under it), with their depth and number of codings */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The codebook */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CodebookEntry'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Adds a code, at the top of the codebook or under another code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            parentId?: string | null;
            index?: number;
            definition?: string;
            inclusion?: string;
            exclusion?: string;
            example?: string;
            /** @description #rrggbb, #rgb or rgb(r, g, b) */
            colour?: string;
          };
        };
      };
      responses: {
        /** @description The code */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Code'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/codes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A code with its history: every version (who, when, why, what changed), the codes merged into it and split from it */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The code */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CodeWithHistory'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Renames or redefines a code (definition, criteria, example, colour): its next version, with the reason; 409 if it changed since */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            definition?: string;
            inclusion?: string;
            exclusion?: string;
            example?: string;
            /** @description #rrggbb, #rgb or rgb(r, g, b) */
            colour?: string;
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why: required */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description The code */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Code'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/codes/{id}/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Moves a code, with the codes under it, under another code (parentId) or to the top (null), and to a place among its siblings */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            parentId: string | null;
            /** @description Its place among its new siblings, 0 first; last when not given */
            index?: number;
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why: required */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description The code */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Code'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/codes/{id}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Merges the code into another: every coding of it becomes a coding of the target, the codes under it move there, and it is retired */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            targetId: string;
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why: required */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description What the merge did */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CodeMergeResult'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/codes/{id}/split': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Splits the code into new codes beside it; its codings stay on it until each is recoded (codingsToRecode says how many) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            into: {
              name: string;
              definition?: string;
              inclusion?: string;
              exclusion?: string;
              example?: string;
              /** @description #rrggbb, #rgb or rgb(r, g, b) */
              colour?: string;
            }[];
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why: required */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description What the split did */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CodeSplitResult'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/codebook/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The codebook as a REFI-QDA .qdc file (format=qdc, the default) or as CSV (format=csv) */
    get: {
      parameters: {
        query?: {
          format?: 'qdc' | 'csv';
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The codebook file */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/octet-stream': string;
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/codebook/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Imports a codebook file (.qdc or .csv, by fileName) into the codebook, all or nothing; codes already imported are updated */
    post: {
      parameters: {
        query: {
          fileName: string;
          reason?: string;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/octet-stream': string;
        };
      };
      responses: {
        /** @description What was imported */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CodebookImport'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The file is too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/strategies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Districts' strategies with their envisioned practices, intended supports, accountability relations and evidence */
    get: {
      parameters: {
        query?: {
          district?: string;
          cycle?: string;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Strategies */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Strategy'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Documents one of a district's strategies */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            district: string;
            cycle: string;
            name: string;
            goal: string;
          };
        };
      };
      responses: {
        /** @description The strategy, and each participant its name or goal names (partners read them) */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Strategy'] & {
              /** @description Each participant the saved text names, and where: reword it before the partner version is released */
              warnings: string[];
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/strategies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A strategy with its elements and evidence */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The strategy */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Strategy'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Changes a strategy's name or goal (a new version) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            goal?: string;
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why the change was made (kept in the audit trail) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description The strategy, and each participant its name or goal names */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Strategy'] & {
              /** @description Each participant the saved text names, and where: reword it before the partner version is released */
              warnings: string[];
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/strategies/{id}/elements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Adds an envisioned practice, intended support or accountability relation */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind?: 'practice' | 'support' | 'accountability';
            description?: string;
            role?: string;
            target?: string;
            supportType?: string;
            rolesServed?: string[];
            frequency?: string;
            provider?: string;
            coParticipation?: boolean;
            holder?: string;
            held?: string;
          };
        };
      };
      responses: {
        /** @description The element, and each participant it names (partners read it) */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StrategyElement'] & {
              /** @description Each participant the saved text names, and where: reword it before the partner version is released */
              warnings: string[];
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/strategy-elements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Changes an element of a strategy (a new version; its kind stays) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind?: 'practice' | 'support' | 'accountability';
            description?: string;
            role?: string;
            target?: string;
            supportType?: string;
            rolesServed?: string[];
            frequency?: string;
            provider?: string;
            coParticipation?: boolean;
            holder?: string;
            held?: string;
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why the change was made (kept in the audit trail) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description The element, and each participant it names */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StrategyElement'] & {
              /** @description Each participant the saved text names, and where: reword it before the partner version is released */
              warnings: string[];
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/strategy-evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cites a leader-interview passage or an artifact as evidence of a strategy or one of its elements */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            citingId: string;
            citedId: string;
            note?: string;
          };
        };
      };
      responses: {
        /** @description The evidence */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['StrategyEvidence'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/artifacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Districts' documents */
    get: {
      parameters: {
        query?: {
          district?: string;
          cycle?: string;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Artifacts */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Artifact'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Uploads a district's document (PDF, DOCX, XLSX or text, at most 25 MB); its text is extracted, within limits of time and memory, and indexed */
    post: {
      parameters: {
        query: {
          district: string;
          cycle: string;
          fileName: string;
          title?: string;
          kind?: string;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/octet-stream': string;
        };
      };
      responses: {
        /** @description The artifact (created false: the same file was stored before) */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Artifact'] & {
              created: boolean;
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The file is larger than 25 MB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
        /** @description The server is reading as many uploaded files as it takes at once; try again in a minute */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/artifacts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An artifact with its extracted text */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The artifact */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Artifact'] & {
              text: string;
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/artifacts/{id}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The artifact as it was uploaded */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The file */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/octet-stream': string;
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/artifact-search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Full-text search in artifacts' text (the transcript search language) */
    get: {
      parameters: {
        query: {
          district?: string;
          cycle?: string;
          q: string;
          limit?: number;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Matching passages */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              artifactId: string;
              title: string;
              kind: string;
              fileName: string;
              passage: number;
              snippet: {
                text: string;
                match: boolean;
              }[];
            }[];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The team's in-house assessment of a district's strategies (never shown to partners) */
    get: {
      parameters: {
        query: {
          district: string;
          cycle?: string;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Assessments */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Assessment'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Writes one aspect of the in-house assessment (a new version when it exists) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            district: string;
            cycle: string;
            /** @enum {string} */
            aspect: 'coherence' | 'instruction' | 'enablement';
            strategyId?: string | null;
            judgement: string;
            rationale: string;
            frameworkRefs?: string[];
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why the change was made (kept in the audit trail) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description The assessment */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Assessment'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/districts/{id}/design-document': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A district's design document for a cycle: issued versions, member checks and their state (the team also gets the current draft) */
    get: {
      parameters: {
        query?: {
          /** @description Cycle label or ID; default: the latest */
          cycle?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The design document */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DesignDocument'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/districts/{id}/design-document/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The District Design Document as a file: the partner version (its latest issued version), or for the team the in-house version */
    get: {
      parameters: {
        query?: {
          /** @description Cycle label or ID; default: the latest */
          cycle?: string;
          format?: 'docx' | 'pdf' | 'html' | 'md';
          audience?: 'partner' | 'team';
          draft?: 'true' | 'false';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The document */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/octet-stream': string;
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/districts/{id}/design-document/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issues the design document as it stands as the next version (marking the member-check corrections it takes in) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            cycle?: string;
            reason?: string;
            applies?: string[];
            /** @description The day it was issued to the district, YYYY-MM-DD (not in the future); default: today */
            issuedOn?: string;
          };
        };
      };
      responses: {
        /** @description The version */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DesignDocumentVersion'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ddd-versions/{id}/diff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What changed from another version (default: the one it was based on) to this one, section by section */
    get: {
      parameters: {
        query?: {
          from?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The differences */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              from: components['schemas']['DesignDocumentVersion'];
              to: components['schemas']['DesignDocumentVersion'];
              sections: components['schemas']['SectionDiff'][];
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/districts/{id}/partner-leaders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The district's partner leaders, to whom a member check may be sent */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Partner leaders */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accountId: string;
              name: string;
              email: string;
            }[];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ddd-versions/{id}/member-checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sends an issued version to named partner leaders of its district for their member check */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            recipients: string[];
            message?: string;
            /** @description The day it was sent to the leaders, YYYY-MM-DD (not in the future); default: today */
            sentOn?: string;
          };
        };
      };
      responses: {
        /** @description The member check */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MemberCheck'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/member-checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The member checks sent to me of the district I lead now, newest first, with the version they concern */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Member checks */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              check: components['schemas']['MemberCheck'];
              version: components['schemas']['DesignDocumentVersion'];
            }[];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/member-checks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A member check, with the version sent and the responses */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The member check */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              check: components['schemas']['MemberCheck'];
              version: components['schemas']['DesignDocumentVersion'];
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/member-checks/{id}/responses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A partner leader's response to one section: confirm, correct (saying what) or comment */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            section: string;
            /** @enum {string} */
            response: 'confirm' | 'correct' | 'comment';
            text?: string;
          };
        };
      };
      responses: {
        /** @description The response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MemberCheckResponse'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/districts/{id}/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A district's feedback for a cycle: implementation of its supports and practices, explanations, recommendations, the report sent and the meeting */
    get: {
      parameters: {
        query?: {
          cycle?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The feedback */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DistrictFeedback'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/districts/{id}/feedback-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records that the feedback report was sent to the district */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            cycle: string;
            on: string;
            note?: string;
            /** @description What this version of the report changes (needed from the second version sent) */
            reason?: string;
            attendees?: string[];
            notes?: string;
          };
        };
      };
      responses: {
        /** @description Recorded */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/districts/{id}/feedback-meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records the feedback meeting: date, attendees, notes of the discussion */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            cycle: string;
            on: string;
            note?: string;
            /** @description What this version of the report changes (needed from the second version sent) */
            reason?: string;
            attendees?: string[];
            notes?: string;
          };
        };
      };
      responses: {
        /** @description Recorded */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/districts/{id}/feedback-report/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The District Feedback and Recommendations Report as a file: the partner version as sent to the district, or for the team its draft or the one with the evidence appendix */
    get: {
      parameters: {
        query?: {
          cycle?: string;
          format?: 'docx' | 'pdf' | 'html' | 'md';
          audience?: 'partner' | 'team';
          /** @description A version as it was sent to the district (partner version); default: the latest sent */
          version?: number;
          /** @description Team only: the partner version as the data stand now, not the latest sent */
          draft?: 'true' | 'false';
          /** @description true: with the design's tables (practices, supports, accountability) in an appendix */
          designAppendix?: 'true' | 'false';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The document */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/octet-stream': string;
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/districts/{id}/feedback-narratives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The narratives the team wrote for a district's feedback report in a cycle (default: the latest) */
    get: {
      parameters: {
        query?: {
          cycle?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The narratives written */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              narratives: components['schemas']['FeedbackNarrative'][];
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Writes a narrative of the feedback report (a new version when it exists); an empty text leaves the section out of the report */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            cycle: string;
            /** @description summary, introduction, closing, or strategy: and the strategy ID */
            section: string;
            text: string;
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why the change was made (kept in the audit trail) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description The narrative, and each participant it names */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FeedbackNarrative'] & {
              /** @description Each participant the saved text names, and where: reword it before the partner version is released */
              warnings: string[];
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/districts/{id}/shared': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What was shared with a district, cycle by cycle, newest first: the design document versions issued, their member checks, the feedback reports sent */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description What was shared */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SharedWithDistrict'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/strategy-elements/{id}/implementation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** How an intended support or envisioned practice was implemented (a new version when it exists), citing findings */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            cycle?: string;
            /** @enum {string} */
            verdict?: 'as intended' | 'partly' | 'differently' | 'not';
            frequency?: string;
            focus?: string;
            /** @enum {string} */
            frequencyChange?: 'increased' | 'unchanged' | 'decreased' | 'not known';
            /** @enum {string} */
            qualityChange?: 'improved' | 'unchanged' | 'declined' | 'not known';
            text: string;
            findings?: string[];
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why the change was made (kept in the audit trail) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description The implementation assessment, and each participant it names (partners read it) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Implementation'] & {
              /** @description Each participant the saved text names, and where: reword it before the partner version is released */
              warnings: string[];
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/strategies/{id}/explanations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Explains a strategy's implementation: the learning opportunities and press its supports and accountability afforded */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            learningOpportunities: string;
            press: string;
            text: string;
            frameworkRefs?: string[];
            cites?: string[];
          };
        };
      };
      responses: {
        /** @description The explanation, and each participant it names (partners read it) */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Explanation'] & {
              /** @description Each participant the saved text names, and where: reword it before the partner version is released */
              warnings: string[];
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/explanations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Revises an explanation (a new version) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            learningOpportunities?: string;
            press?: string;
            text?: string;
            frameworkRefs?: string[];
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why the change was made (kept in the audit trail) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description The explanation, and each participant it names */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Explanation'] & {
              /** @description Each participant the saved text names, and where: reword it before the partner version is released */
              warnings: string[];
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/strategies/{id}/recommendations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A recommendation for a strategy, based on conjectures of the theory of action and on explanations */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
            rationale?: string;
            conjectures: string[];
            explanations?: string[];
          };
        };
      };
      responses: {
        /** @description The recommendation, and each participant it names (partners read it) */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Recommendation'] & {
              /** @description Each participant the saved text names, and where: reword it before the partner version is released */
              warnings: string[];
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/recommendations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Revises a recommendation (a new version) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text?: string;
            rationale?: string;
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why the change was made (kept in the audit trail) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description The recommendation, and each participant it names */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Recommendation'] & {
              /** @description Each participant the saved text names, and where: reword it before the partner version is released */
              warnings: string[];
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/recommendations/{id}/uptake': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Whether the district acted on the recommendation, seen in a later cycle (fully, partly, not), citing that autumn’s passages */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            cycle: string;
            /** @enum {string} */
            status: 'fully' | 'partly' | 'not';
            note?: string;
            passages?: string[];
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why the change was made (kept in the audit trail) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description The uptake record */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              status: string;
              version: number;
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/uptake': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Uptake across districts and years: every recommendation, whether it was acted on, and the conjectures it bears on */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Uptake */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['UptakeLine'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/evidence-links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cites evidence from an implementation assessment, explanation, conjecture revision, recommendation or uptake record */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            citingId: string;
            citedId: string;
            bearing?: string;
            note?: string;
          };
        };
      };
      responses: {
        /** @description The link */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EvidenceLink'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/excerpts/{id}/shareable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Marks a passage as one partners may read as an illustrative quote (attributed to its role group), or takes the mark back */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            shareable: boolean;
          };
        };
      };
      responses: {
        /** @description The passage */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Excerpt'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/districts/{id}/quote-candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The passages the district's feedback report could quote: under the findings its implementation assessments cite, whether each is marked shareable, and why the report would withhold it anyway */
    get: {
      parameters: {
        query?: {
          cycle?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Candidates */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              excerptId: string;
              quote: string;
              role: string;
              attribution: string;
              shareable: boolean;
              withheld: string | null;
            }[];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/quote-minimum': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** The smallest role group in a district whose words may be quoted to partners (at least 3): a new version of the rule, made on the version named, with its reason (administrators and lead researchers) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            minimum: number;
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why the change was made (kept in the audit trail) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description The rule */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              minimum: number;
              version: number;
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/theory': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The theory of action as it stands: components, conjectures with every revision and its warrant, and the uptake of recommendations based on them */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The theory of action */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TheoryOfAction'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/theory/components': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Adds a component to the theory of action */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            key: string;
            name: string;
          };
        };
      };
      responses: {
        /** @description The component */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              key: string;
              name: string;
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/theory-components/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Renames a component of the theory of action (a new version, with its reason) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            /** @description Why the change was made (kept in the audit trail) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description The component */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              key: string;
              name: string;
              version: number;
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/conjectures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** States a conjecture in a component, with the warrant of its first version */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            component: string;
            text: string;
            reason?: string;
            warrant?: {
              id: string;
              bearing?: string;
              note?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description The conjecture */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Conjecture'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conjectures/{id}/revisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revises a conjecture: a new version with its reason and warrant */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
            reason: string;
            /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
            expectedVersion?: number;
            warrant?: {
              id: string;
              bearing?: string;
              note?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description The conjecture */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Conjecture'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conjectures/{id}/warrant': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Adds evidence to the warrant of a conjecture's current revision */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            id: string;
            bearing?: string;
            note?: string;
          };
        };
      };
      responses: {
        /** @description The conjecture */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Conjecture'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/theory/sources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The literature references and retrospective analyses conjectures may rest on */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Sources */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              literature: {
                id: string;
                authors: string;
                year: number | null;
                title: string;
                source: string;
                url: string | null;
              }[];
              retrospectives: {
                id: string;
                title: string;
                summary: string;
              }[];
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Adds a literature reference (authors, title…) or a retrospective analysis (title, summary) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'literature' | 'retrospective';
            authors?: string;
            year?: number;
            title: string;
            source?: string;
            /**
             * @description An http or https address, or a DOI (10.…, kept as its https://doi.org/ address)
             * @example https://doi.org/10.1000/182
             */
            url?: string;
            summary?: string;
          };
        };
      };
      responses: {
        /** @description The source */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/theory/iterations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The dated iterations of the theory of action */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Iterations */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TheoryIteration'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Freezes the theory as it stands as the next dated iteration */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            label: string;
            dated: string;
          };
        };
      };
      responses: {
        /** @description The iteration */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['TheoryIteration'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/theory-iterations/{id}/document': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An iteration of the theory as a document, or with `compare` (an earlier iteration) what changed and why */
    get: {
      parameters: {
        query?: {
          format?: 'docx' | 'pdf' | 'html' | 'md';
          compare?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The document */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/octet-stream': string;
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Imports a zipped bundle (roster.csv, interviews.csv, transcripts), validated as `warrant import` does; answers at once with a job to follow */
    post: {
      parameters: {
        query?: {
          /** @description The file's name, for the report */
          name?: string;
          /** @description Read a transcript without speaker labels (or the text before its first label) as spoken by this speaker, to be labelled later, instead of refusing it */
          unlabelledSpeaker?: string;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/zip': string;
        };
      };
      responses: {
        /** @description The import has started */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ImportJob'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The file is larger than 200 MB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
        /** @description An import into the partnership is already running; upload again when it has finished */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/{jobId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How far an import has got, and its report when it is done */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The job */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ImportJob'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/qdpx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The partnership (or one district, or one cycle) as a REFI-QDA project (.qdpx), for NVivo, ATLAS.ti, MAXQDA or QualCoder */
    get: {
      parameters: {
        query?: {
          district?: string;
          cycle?: string;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The .qdpx */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/octet-stream': string;
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/qdpx/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reads an uploaded REFI-QDA project (.qdpx) and answers its validation report: what it holds, each deviation and error with its file and element, what cannot be brought in */
    post: {
      parameters: {
        query?: {
          /** @description The file's name, for the report */
          name?: string;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/zip': string;
        };
      };
      responses: {
        /** @description The validation report */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QdpxReport'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The file is larger than 200 MB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/qdpx/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Brings an uploaded REFI-QDA project (.qdpx) into the partnership in one transaction, after checking it whole: codebook, cases as participants, documents as interviews, selections, codings, notes as memos. Documents no case places come in unassigned. With dryRun, reports what would come in and writes nothing */
    post: {
      parameters: {
        query?: {
          /** @description The file's name, for the report */
          name?: string;
          /** @description The cycle of documents the project does not date to one */
          cycle?: string;
          /** @description The district of participants whose case names none */
          district?: string;
          /** @description The role group of participants whose case gives none */
          role?: string;
          /** @description Check and count only */
          dryRun?: 'true' | 'false';
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/zip': string;
        };
      };
      responses: {
        /** @description What came in (or would), and every problem */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QdpxImport'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The file is larger than 200 MB */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': unknown;
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/unassigned-documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The documents brought in from REFI-QDA projects that no case placed: to assign to a participant and a cycle */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The documents to assign, in the order they came in */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['UnassignedDocument'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/interviews/{id}/assignment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assigns an unassigned document: whose interview it is (a participant already in the partnership, or the role group, school or district and pseudonym of the one it came with) and its cycle; a new version of each, with the reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['DocumentAssignment'];
        };
      };
      responses: {
        /** @description The document as assigned */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AssignedDocument'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/memos': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The memos, newest first: all, on a kind of subject, on one subject, or free-standing; searched with the transcript search language */
    get: {
      parameters: {
        query?: {
          /** @description A subject kind, or none for the free-standing memos */
          subjectKind?: string;
          /** @description Memos on this record (its ID, or with subjectKind its code or name) */
          subject?: string;
          /** @description Search title and text: words, "phrases", prefix*, OR, -word (the transcript search language) */
          q?: string;
          /** @description Include retired memos */
          retired?: 'true' | 'false';
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Memos */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Memo'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Writes a memo on a code, coding, passage, interview or participant, or a free-standing one */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['NewMemo'];
        };
      };
      responses: {
        /** @description The new memo */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Memo'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/memos/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A memo, with what it is written on and its history */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The memo */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MemoWithHistory'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edits a memo's title or text: its next version, made on expectedVersion, with the reason */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['MemoEdit'];
        };
      };
      responses: {
        /** @description The memo */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Memo'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/coded': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A code's passages (with withChildren, those of the codes under it too), filtered by district, school, role group, cycle, protocol and coder, and its codings of district artifacts */
    get: {
      parameters: {
        query: {
          /** @description A district, by name or ID */
          district?: string;
          /** @description A school, by name or ID */
          school?: string;
          /** @description A role group: teacher, coach, school_leader, district_leader */
          role?: string;
          /** @description A cycle, by label or ID */
          cycle?: string;
          /** @description The interview's protocol */
          protocol?: string;
          /** @description The coder's account, by ID or email address */
          coder?: string;
          /** @description The code, by name or ID */
          code: string;
          /** @description Include the passages of the codes under it, at any depth (each names its own code) */
          withChildren?: 'true' | 'false';
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The passages */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CodedPassages'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/code-query': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Answers a code query: "A AND B" (overlapping passages), "A NEAR/3 B" (within 3 turns), "A NOT B" (overlapping none), read left to right */
    get: {
      parameters: {
        query: {
          /** @description A district, by name or ID */
          district?: string;
          /** @description A school, by name or ID */
          school?: string;
          /** @description A role group: teacher, coach, school_leader, district_leader */
          role?: string;
          /** @description A cycle, by label or ID */
          cycle?: string;
          /** @description The interview's protocol */
          protocol?: string;
          /** @description The coder's account, by ID or email address */
          coder?: string;
          q: string;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The first code's passages that meet the query */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CodeQueryAnswer'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/code-matrix': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Codes × role group, school, district or cycle, or two of them (by=role,cycle): passages and participants in each cell, with the filter that opens its passages */
    get: {
      parameters: {
        query: {
          /** @description A district, by name or ID */
          district?: string;
          /** @description A school, by name or ID */
          school?: string;
          /** @description A role group: teacher, coach, school_leader, district_leader */
          role?: string;
          /** @description A cycle, by label or ID */
          cycle?: string;
          /** @description The interview's protocol */
          protocol?: string;
          /** @description The coder's account, by ID or email address */
          coder?: string;
          by: string;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The matrix */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CodeMatrix'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/code-cooccurrence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Codes × codes: overlapping passages of every two codes; on the diagonal, each code’s passages */
    get: {
      parameters: {
        query?: {
          /** @description A district, by name or ID */
          district?: string;
          /** @description A school, by name or ID */
          school?: string;
          /** @description A role group: teacher, coach, school_leader, district_leader */
          role?: string;
          /** @description A cycle, by label or ID */
          cycle?: string;
          /** @description The interview's protocol */
          protocol?: string;
          /** @description The coder's account, by ID or email address */
          coder?: string;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The co-occurrence table */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CodeCooccurrence'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/coded-segments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The coded segments as CSV or XLSX for R, Stata and SPSS: one row per coded segment, the participants' attributes as columns with plain names */
    get: {
      parameters: {
        query?: {
          /** @description A district, by name or ID */
          district?: string;
          /** @description A school, by name or ID */
          school?: string;
          /** @description A role group: teacher, coach, school_leader, district_leader */
          role?: string;
          /** @description A cycle, by label or ID */
          cycle?: string;
          /** @description The interview's protocol */
          protocol?: string;
          /** @description The coder's account, by ID or email address */
          coder?: string;
          /** @description csv (the default) or xlsx */
          format?: 'csv' | 'xlsx';
          /** @description Only this code’s, by name or ID */
          code?: string;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The coded segments */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/octet-stream': string;
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/rubrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The partnership's levelled rubrics, each with its dimensions and their ordered levels */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Rubrics */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Rubric'][];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Defines a levelled rubric: its dimensions, each with at least two ordered levels and their descriptors */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['NewRubric'];
        };
      };
      responses: {
        /** @description The new rubric */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Rubric'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rubrics/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A rubric with its dimensions and levels */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The rubric */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Rubric'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edits a rubric as its next version, with the reason; a dimension or level scores were given on stays */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RubricEdit'];
        };
      };
      responses: {
        /** @description The rubric */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Rubric'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/interviews/{id}/scores': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An interview's scores on each rubric, with the passages that justify them (others' hidden from an assigned scorer not yet done) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Scores of the interview */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InterviewScores'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Scores the interview on a dimension, citing the passages that justify it; the caller’s second score of a dimension is a re-score (the next version: expectedVersion and reason) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['NewScore'];
        };
      };
      responses: {
        /** @description The score */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Score'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/scores/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A score with the passages that justify it */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The score */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Score'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/scores/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraws a score, with the reason (it stays, retired, in the audit trail) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ScoreWithdrawal'];
        };
      };
      responses: {
        /** @description The withdrawn score */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              retiredAt: string;
            };
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/participants/{id}/trajectory': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A participant's level on each dimension of a rubric in every cycle, and the change since the previous one */
    get: {
      parameters: {
        query?: {
          rubric?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The trajectory */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Trajectory'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partnerships/{partnershipId}/score-distributions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The distribution of levels per role group, district or cycle on each dimension in every cycle, with the change since the previous cycle (per participant and per group) */
    get: {
      parameters: {
        query?: {
          rubric?: string;
          by?: 'role' | 'district' | 'cycle';
          role?: string;
          district?: string;
          cycle?: string;
        };
        header?: never;
        path: {
          partnershipId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Distributions */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ScoreDistributions'];
          };
        };
        /** @description The request is invalid; the message says which field and why */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Something named in the request does not exist */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Someone else changed the record since it was read; details hold the current version */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Me: {
      account: components['schemas']['Account'];
      memberships: components['schemas']['Membership'][];
      /** @description Send it in the X-CSRF-Token header with every change */
      csrfToken: string;
    };
    Account: {
      id: string;
      email: string;
      displayName: string;
      isAdmin: boolean;
      isDemo: boolean;
      disabledAt: string | null;
      createdAt: string;
    };
    Membership: {
      partnershipId: string;
      role: components['schemas']['PartnershipRole'];
      districtId: string | null;
    };
    /** @enum {string} */
    PartnershipRole: 'admin' | 'lead' | 'analyst' | 'observer' | 'partner';
    Error: {
      error: {
        /** @enum {string} */
        code: 'not_found' | 'invalid' | 'conflict' | 'busy' | 'unauthenticated' | 'forbidden' | 'rate_limited' | 'payload_too_large' | 'internal';
        /** @example claim clm_0123456789abcdef does not exist */
        message: string;
        details?: {
          [key: string]: unknown;
        };
        requestId: string;
      };
    };
    InvitationAnswer: {
      email: string;
      /** @description What to do next; the same whether the email had an account or not */
      message: string;
    };
    Invitation: {
      id: string;
      role: components['schemas']['PartnershipRole'];
      districtId: string | null;
      districtName: string | null;
      invitedBy: string;
      createdAt: string;
      expiresAt: string;
      partnershipId: string;
      partnershipName: string;
    };
    OneTimeLink: {
      /** @description The one-time link to give the person (its token is shown once) */
      url: string;
      expiresAt: string;
    };
    Member: {
      accountId: string;
      email: string;
      displayName: string;
      role: components['schemas']['PartnershipRole'];
      districtId: string | null;
      disabled: boolean;
    };
    PartnershipInvitation: {
      id: string;
      role: components['schemas']['PartnershipRole'];
      districtId: string | null;
      districtName: string | null;
      invitedBy: string;
      createdAt: string;
      expiresAt: string;
      email: string;
    };
    Partnership: {
      id: string;
      name: string;
      createdAt: string;
      /** @description The smallest role group in a district whose words may be quoted to partners */
      quoteMinimum: number;
      /** @description The version of that rule, which a change names */
      quoteMinimumVersion: number;
    };
    Stats: {
      districts: number;
      schools: number;
      units: number;
      participants: {
        total: number;
        byRole: {
          [key: string]: number;
        };
      };
      interviews: {
        total: number;
        byCycle: {
          [key: string]: number;
        };
      };
      transcripts: number;
      transcriptVersions: number;
      turns: number;
      /** @description Words of spoken text, without speaker labels or timestamps */
      words: number;
      analysis: {
        isfs: {
          [key: string]: number;
        };
        excerpts: number;
        summaries: {
          [key: string]: number;
        };
        claims: number;
        findings: number;
      };
      /** @description The codebook's live codes, the live codings and how many coders made them, and live memos */
      coding: {
        codes: number;
        codings: number;
        coders: number;
        memos: number;
      };
      /** @description The instruments (surveys, observation rubrics, knowledge tests, achievement) and the responses stored for them */
      measures: {
        instruments: number;
        responses: number;
      };
    };
    DistrictProgress: {
      districtId: string;
      district: string;
      schools: number;
      schoolNames: string[];
      participants: {
        role: components['schemas']['RoleGroup'];
        count: number;
      }[];
      cycles: {
        cycle: string;
        interviews: number;
        isfsComplete: number;
        isfsDraft: number;
        isfsToDo: number;
        summaries: number;
        /** @description School and role-group summaries the cycle calls for that are written */
        summariesDone: number;
        /** @description School and role-group summaries the cycle calls for that are not written yet */
        summariesToDo: number;
        claims: number;
        findings: number;
        strategies: number;
        /** @description The yearly cycle's steps, each with its state derived from the data */
        calendar: components['schemas']['CalendarStep'][];
      }[];
    };
    /** @enum {string} */
    RoleGroup: 'teacher' | 'coach' | 'school_leader' | 'district_leader';
    CalendarStep: {
      key: string;
      label: string;
      when: string;
      due: string | null;
      /** @enum {string} */
      state: 'done' | 'in progress' | 'not started' | 'late';
      detail: string;
    };
    Organization: {
      id: string;
      /** @enum {string} */
      kind: 'district' | 'school' | 'unit';
      name: string;
      /** @description The district of a school or central-office unit */
      districtId: string | null;
    };
    Cycle: {
      id: string;
      /** @example 2010-11 */
      label: string;
    };
    Participant: {
      id: string;
      /**
       * @description The team's stable participant ID, the same across cycles
       * @example LPS-T01
       */
      code: string;
      pseudonym: string;
      role: components['schemas']['RoleGroup'];
      districtId: string;
      organizationId: string;
      unitId: string | null;
      /** @description The participant's attribute values, by the attribute's ID */
      attributes: {
        [key: string]: components['schemas']['AttributeValue'];
      };
      version: number;
    };
    /** @description Text, a number, a date (YYYY-MM-DD), a choice, or several choices */
    AttributeValue: string | number | string[];
    Interview: {
      id: string;
      /** @example LPS-T01-1011 */
      code: string;
      cycle: string;
      date: string;
      interviewer: string;
      protocol: string;
      role: components['schemas']['RoleGroup'];
      participant: {
        id: string;
        code: string;
        pseudonym: string;
      };
      district: {
        id: string;
        name: string;
      };
      organization: {
        id: string;
        name: string;
      };
      sourceFile: string;
      transcript: {
        id: string;
        version: number;
        turns: number;
        words: number;
      } | null;
      isf: {
        id: string;
        status: string;
      } | null;
      version: number;
    };
    Transcript: {
      id: string;
      interviewId: string;
      version: number;
      current: boolean;
      format: string;
      encoding: string;
      sourceFile: string;
      importedBy: string;
      importedAt: string;
      words: number;
      /** @description Length of the transcript text in code points */
      length: number;
      turns: components['schemas']['Turn'][];
      versions: {
        id: string;
        version: number;
        importedAt: string;
        current: boolean;
      }[];
    };
    Turn: {
      seq: number;
      speaker: string;
      /** @enum {string} */
      speakerRole: 'interviewer' | 'participant' | 'other';
      text: string;
      /** @description Offset of the turn (its speaker label) in the transcript, in code points */
      start: number;
      /** @description Offset where the spoken words begin */
      textStart: number;
      end: number;
      startMs: number | null;
      endMs: number | null;
    };
    SearchResult: {
      query: string;
      limit: number;
      offset: number;
      hits: components['schemas']['SearchHit'][];
    };
    /** @description A turn that matches, or a segment of a long turn (search reads turns in segments of at most 10,000 characters; several hits may name one turn) */
    SearchHit: {
      interviewId: string;
      interviewCode: string;
      cycle: string;
      district: string;
      school: string;
      role: string;
      pseudonym: string;
      participantCode: string;
      transcriptId: string;
      turn: number;
      speaker: string;
      speakerRole: string;
      startMs: number | null;
      snippet: {
        text: string;
        match: boolean;
      }[];
      /** @description Where the matched words are in the transcript (code points), ready to cite; the first 100 of the hit */
      matches: {
        start: number;
        end: number;
      }[];
    };
    NewPartnership: {
      /** @example Middle-School Mathematics and the Institutional Setting of Teaching */
      name: string;
      /**
       * @description Its first cycles (school years)
       * @example [
       *       "2009-10"
       *     ]
       */
      cycles?: string[];
      /** @description The smallest role group in a district whose members may be quoted to partners (3 to 100; default 3) */
      quoteMinimum?: number;
    };
    NewCycle: {
      /** @example 2010-11 */
      label: string;
    };
    NewOrganization: {
      /** @enum {string} */
      kind: 'district' | 'school' | 'unit';
      name: string;
      /** @description The district (ID or name) of a school or central-office unit */
      district?: string;
    };
    RenameOrganization: {
      name: string;
      /** @description Why it is renamed (kept in the audit trail) */
      reason?: string;
    };
    NewParticipant: {
      pseudonym: string;
      /** @description The team's stable participant ID; without it the next free one (T01, C01, SL01, DL01…) */
      code?: string;
      /** @description A role group: teacher, coach, school_leader or district_leader */
      role: string;
      /** @description For teachers, coaches and school leaders: the school (ID or name; "Oak Ridge Middle School (Riverton)" where two share a name) */
      school?: string;
      /** @description A district leader's district, or the district to find the school in (ID or name) */
      district?: string;
      /** @description A district leader's central-office unit (ID or name) */
      unit?: string;
      attributes?: components['schemas']['AttributeValues'];
    };
    /** @description Values by the attribute's ID or name; null or empty text clears one */
    AttributeValues: {
      [key: string]: string | number | string[] | null;
    };
    EditedParticipant: {
      participant: components['schemas']['Participant'];
      /** @description Interviews given before a change of role or school, which keep the role and school they were given at the time */
      interviewsKept: number;
      /** @description Interviews corrected to the new role and school with the participant */
      interviewsCorrected: number;
      message: string;
    };
    ParticipantEdit: {
      pseudonym?: string;
      /** @description A role group: teacher, coach, school_leader or district_leader */
      role?: string;
      /** @description For teachers, coaches and school leaders: the school (ID or name; "Oak Ridge Middle School (Riverton)" where two share a name) */
      school?: string;
      /** @description A district leader's district, or the district to find the school in (ID or name) */
      district?: string;
      /** @description A district leader's central-office unit (ID or name) */
      unit?: string;
      attributes?: components['schemas']['AttributeValues'];
      /** @description A change of role or school is a correction: the interviews given with the old role and school take the new ones too (each a new version with the reason); otherwise they keep theirs */
      alsoPastInterviews?: boolean;
      /** @description Why the change was made (kept with the new version) */
      reason?: string;
      /** @description The version the edit was made on */
      expectedVersion?: number;
    };
    ParticipantAttribute: {
      id: string;
      /** @example years of experience */
      name: string;
      kind: components['schemas']['AttributeKind'];
      choices: string[];
      description: string;
      version: number;
    };
    /**
     * @description text, number, date (YYYY-MM-DD), choice (one of the choices) or choices (several of them)
     * @enum {string}
     */
    AttributeKind: 'text' | 'number' | 'date' | 'choice' | 'choices';
    NewParticipantAttribute: {
      name: string;
      /** @description text, number, date, choice or choices */
      kind: string;
      /** @description The choices of a choice or choices attribute */
      choices?: string[];
      description?: string;
    };
    ParticipantAttributeEdit: {
      name?: string;
      description?: string;
      /** @description The whole list of choices; one some participant has may not be left out */
      choices?: string[];
      /** @description Why the change was made (kept in the audit trail) */
      reason?: string;
      /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
      expectedVersion?: number;
    };
    AttributeValuesEdit: {
      values: components['schemas']['AttributeValues'];
      /** @description Why the change was made (kept in the audit trail) */
      reason?: string;
      /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
      expectedVersion?: number;
    };
    CodingAssignment: {
      id: string;
      interviewId: string;
      interviewCode: string;
      /** @description The account ID of the coder */
      coder: string;
      coderName: string;
      assignedBy: string;
      assignedAt: string;
      /** @description When the coder marked their coding done; null while they work */
      doneAt: string | null;
    };
    AgreementReport: {
      interviews: {
        id: string;
        code: string;
        coders: string[];
      }[];
      coders: {
        id: string;
        name: string;
      }[];
      overall: {
        /** @description Krippendorff's α (nominal); null when undefined (no variation) */
        alpha: number | null;
        /** @description Cohen's κ, only when the interviews compared have the same two coders */
        kappa: number | null;
        /** @description Percent agreement as a proportion (0..1) */
        percentAgreement: number | null;
        units: number;
        pairableValues: number;
      };
      codes: components['schemas']['CodeAgreement'][];
      codingsOnEarlierTranscripts: number;
    };
    CodeAgreement: {
      codeId: string;
      code: string;
      colour: string;
      /** @description Krippendorff's α (nominal); null when undefined (no variation) */
      alpha: number | null;
      /** @description Cohen's κ, only when the interviews compared have the same two coders */
      kappa: number | null;
      /** @description Percent agreement as a proportion (0..1) */
      percentAgreement: number | null;
      units: number;
      pairableValues: number;
      /** @description Krippendorff's unitizing α over the transcripts' characters */
      unitizingAlpha: number | null;
      /** @description Turns each coder (account ID) applied the code to */
      appliedBy: {
        [key: string]: number;
      };
      disagreements: number;
      reconciled: number;
    };
    Disagreements: {
      total: number;
      disagreements: components['schemas']['Disagreement'][];
    };
    Disagreement: {
      interviewId: string;
      interviewCode: string;
      codeId: string;
      code: string;
      turnSeq: number;
      speaker: string;
      text: string;
      start: number;
      end: number;
      applied: {
        coder: string;
        name: string;
        codings: {
          id: string;
          start: number;
          end: number;
        }[];
      }[];
      notApplied: {
        coder: string;
        name: string;
      }[];
      reconciliation: components['schemas']['Reconciliation'];
    };
    Reconciliation: {
      id: string;
      interviewId: string;
      codeId: string;
      turnSeq: number | null;
      start: number;
      end: number;
      /** @enum {string} */
      decision: 'applied' | 'not_applied';
      codingId: string | null;
      decidedBy: string;
      decidedByName: string;
      decidedAt: string;
      reason: string;
    } | null;
    RatingTableReliability: {
      file: string;
      /** @enum {string} */
      level: 'nominal' | 'ordinal' | 'interval' | 'ratio';
      coders: string[];
      units: number;
      pairableUnits: number;
      pairableValues: number;
      alpha: number | null;
      kappa: number | null;
      percentAgreement: number | null;
    };
    TableDescriptives: {
      file: string;
      value: string;
      by: string | null;
      all: components['schemas']['Descriptives'];
      groups: {
        group: string;
        n: number;
        missing: number;
        mean: number | null;
        /** @description Sample standard deviation (n − 1) */
        sd: number | null;
        median: number | null;
        /** @description First quartile, interpolated (type 7) */
        q1: number | null;
        q3: number | null;
        iqr: number | null;
        min: number | null;
        max: number | null;
      }[];
    };
    Descriptives: {
      n: number;
      missing: number;
      mean: number | null;
      /** @description Sample standard deviation (n − 1) */
      sd: number | null;
      median: number | null;
      /** @description First quartile, interpolated (type 7) */
      q1: number | null;
      q3: number | null;
      iqr: number | null;
      min: number | null;
      max: number | null;
    };
    TableCorrelation: {
      file: string;
      x: string;
      y: string;
      /** @description Cases with both values */
      n: number;
      /** @description Pearson's r, its two-sided p and 95 % interval (Fisher's z) */
      pearson: {
        r: number | null;
        p: number | null;
        low: number | null;
        high: number | null;
      };
      /** @description Spearman's ρ on average ranks and its two-sided p */
      spearman: {
        rho: number | null;
        p: number | null;
      };
    };
    Regression: {
      file: string;
      outcome: string;
      /** @description Complete cases used */
      n: number;
      /** @description Cases left out for a missing value */
      dropped: number;
      coefficients: {
        term: string;
        estimate: number;
        se: number;
        t: number;
        p: number;
        low: number;
        high: number;
      }[];
      r2: number | null;
      adjustedR2: number | null;
      residualSe: number;
      /** @enum {string} */
      errors: 'ordinary' | 'cluster-robust (CR1)';
      clusters: {
        name: string;
        count: number;
      } | null;
      /** @description Degrees of freedom of the t tests: n − k, or G − 1 with clusters */
      df: number;
    };
    ScaleReliability: {
      file: string;
      items: string[];
      /** @description Respondents who answered every item */
      n: number;
      dropped: number;
      alpha: number | null;
      itemStatistics: {
        item: string;
        alphaIfDeleted: number | null;
        itemRestCorrelation: number | null;
      }[];
    };
    Instrument: {
      id: string;
      name: string;
      /** @enum {string} */
      kind: 'survey' | 'observation rubric' | 'knowledge test' | 'student achievement' | 'other';
      description: string;
      items: number;
      /** @description Responses stored in each cycle that has any */
      responses: {
        cycle: string;
        count: number;
      }[];
      version: number;
    };
    InstrumentImportReport: {
      file: string;
      /** @enum {string} */
      format: 'qualtrics' | 'redcap' | 'csv' | 'lessons' | 'achievement';
      instrument: {
        id: string | null;
        name: string;
        created: boolean;
      };
      cycle: string;
      items: {
        total: number;
        added: string[];
      };
      responses: {
        read: number;
        added: number;
        corrected: number;
        unchanged: number;
        skipped: number;
      };
      unanswered: number;
      problems: components['schemas']['Problem'][];
      /** @description Whether anything was stored: false when an error stopped the import */
      written: boolean;
    };
    Problem: {
      /** @enum {string} */
      severity: 'error' | 'warning';
      file: string;
      line?: number;
      field?: string;
      message: string;
    };
    InstrumentDetail: components['schemas']['Instrument'] & {
      /** @description The items in order */
      itemList: components['schemas']['InstrumentItem'][];
      scales: components['schemas']['Scale'][];
    };
    InstrumentItem: {
      id: string;
      key: string;
      text: string;
      /** @enum {string} */
      type: 'scale' | 'number' | 'text';
      labels: components['schemas']['ValueLabel'][];
      min: number | null;
      max: number | null;
      reverse: boolean;
      /** @description The cycle the item was first asked in */
      firstCycle: string;
      /** @description The cycle from which it is worded as now, if it was reworded */
      rewordedIn: string | null;
      /** @description Marked comparable across its rewording (or its first asking) */
      comparable: boolean;
    };
    ValueLabel: {
      value: number;
      label: string;
    };
    Scale: {
      id: string;
      name: string;
      items: string[];
      /** @enum {string} */
      method: 'mean' | 'sum';
      minimumAnswered: number;
      version: number;
    };
    MeasureDescriptives: {
      instrument: {
        id: string;
        name: string;
      };
      measure: {
        name: string;
        /** @enum {string} */
        kind: 'scale' | 'item';
      };
      by: ('district' | 'school' | 'role')[];
      /** @description Per cycle, over every participant who responded */
      cycles: {
        cycle: string;
        n: number;
        missing: number;
        mean: number | null;
        /** @description Sample standard deviation (n − 1) */
        sd: number | null;
        median: number | null;
        /** @description First quartile, interpolated (type 7) */
        q1: number | null;
        q3: number | null;
        iqr: number | null;
        min: number | null;
        max: number | null;
      }[];
      /** @description Per cycle and group */
      groups: {
        cycle: string;
        group: {
          district?: string;
          school?: string;
          role?: string;
        };
        n: number;
        missing: number;
        mean: number | null;
        /** @description Sample standard deviation (n − 1) */
        sd: number | null;
        median: number | null;
        /** @description First quartile, interpolated (type 7) */
        q1: number | null;
        q3: number | null;
        iqr: number | null;
        min: number | null;
        max: number | null;
      }[];
    };
    MeasureReliability: {
      instrument: {
        id: string;
        name: string;
      };
      scales: {
        scale: string;
        cycle: string;
        items: string[];
        /** @description Respondents who answered every item */
        n: number;
        dropped: number;
        alpha: number | null;
        itemStatistics: {
          item: string;
          alphaIfDeleted: number | null;
          itemRestCorrelation: number | null;
        }[];
      }[];
    };
    LessonAgreement: {
      instrument: {
        id: string;
        name: string;
      };
      cycle: string | null;
      lessons: number;
      doubleRated: number;
      raters: string[];
      dimensions: components['schemas']['DimensionAgreement'][];
      pooled: components['schemas']['DimensionAgreement'];
    };
    DimensionAgreement: {
      /** @description The dimension; null for all dimensions pooled */
      dimension: string | null;
      lessons: number;
      /** @description Lessons scored on it by two raters or more */
      doubleRated: number;
      alpha: components['schemas']['OrdinalAlpha'];
      /** @description Pairs of raters' levels on the same lesson */
      pairs: number;
      /** @description Share of the pairs with the same level */
      exact: number | null;
      /** @description Share of the pairs within one level */
      adjacent: number | null;
    };
    OrdinalAlpha: {
      /** @enum {string} */
      level: 'nominal' | 'ordinal' | 'interval' | 'ratio';
      /** @description Krippendorff's α for ordinal data; null when undefined (fewer than two pairable values, or no variation) */
      alpha: number | null;
      /** @description Units scored by two raters or more */
      units: number;
      pairableValues: number;
      observedDisagreement: number;
      expectedDisagreement: number;
    };
    AchievementTable: {
      instrument: {
        id: string;
        name: string;
      };
      /** @description The partnership's student achievement instruments */
      instruments: {
        id: string;
        name: string;
      }[];
      /** @description The schools with results in the district chosen (or the partnership) */
      schools: string[];
      district: string | null;
      school: string | null;
      grade: string | null;
      /** @description The fewest students a figure shown rests on; null when nothing is suppressed */
      minimum: number | null;
      rows: {
        cycle: string;
        studentGroup: string;
        numberTested: number | null;
        /** @description Over the schools and grades chosen, weighted by the students tested */
        percentAtStandard: number | null;
        meanScaleScore: number | null;
        /** @description The group's percent at standard minus all students', in percentage points */
        gap: number | null;
        /** @description Fewer students tested than the minimum: its figures are withheld */
        suppressed: boolean;
      }[];
    };
    DistrictAchievement: {
      achievement: components['schemas']['AchievementTable'] & (Record<string, never> | null);
    };
    MeasureChange: {
      instrument: {
        id: string;
        name: string;
      };
      measure: {
        name: string;
        /** @enum {string} */
        kind: 'scale' | 'item';
      };
      from: string;
      to: string;
      /** @enum {string|null} */
      by: 'district' | 'school' | 'role' | null;
      all: {
        /** @description Participants with a value in both cycles */
        n: number;
        before: number | null;
        after: number | null;
        /** @description Mean of after − before */
        change: number | null;
        sd: number | null;
        t: number | null;
        df: number | null;
        p: number | null;
        /** @description 95 % interval of the mean change */
        low: number | null;
        high: number | null;
        /** @description Cohen's d for paired data (mean change / SD of the changes) */
        effectSize: number | null;
        improved: number;
        unchanged: number;
        declined: number;
      };
      groups: {
        group: string;
        /** @description Participants with a value in both cycles */
        n: number;
        before: number | null;
        after: number | null;
        /** @description Mean of after − before */
        change: number | null;
        sd: number | null;
        t: number | null;
        df: number | null;
        p: number | null;
        /** @description 95 % interval of the mean change */
        low: number | null;
        high: number | null;
        /** @description Cohen's d for paired data (mean change / SD of the changes) */
        effectSize: number | null;
        improved: number;
        unchanged: number;
        declined: number;
      }[];
      participants: {
        code: string;
        pseudonym: string;
        group: string | null;
        before: number;
        after: number;
        change: number;
      }[];
    };
    ParticipantMeasures: {
      participant: {
        id: string;
        code: string;
        pseudonym: string;
      };
      instruments: {
        id: string;
        name: string;
        /** @enum {string} */
        kind: 'survey' | 'observation rubric' | 'knowledge test' | 'student achievement' | 'other';
        cycles: string[];
        measures: {
          name: string;
          /** @enum {string} */
          kind: 'scale' | 'item';
          values: {
            cycle: string;
            value: number | null;
            change: number | null;
          }[];
        }[];
      }[];
    };
    MeasureCorrelation: {
      x: string;
      y: string;
      /** @description Cases with both values */
      n: number;
      /** @description Pearson's r, its two-sided p and 95 % interval (Fisher's z) */
      pearson: {
        r: number | null;
        p: number | null;
        low: number | null;
        high: number | null;
      };
      /** @description Spearman's ρ on average ranks and its two-sided p */
      spearman: {
        rho: number | null;
        p: number | null;
      };
    };
    MeasureInCycle: {
      /** @description The instrument, by name or ID */
      instrument: string;
      /** @description A scale (by name) or an item (by key) of the instrument */
      measure: string;
      cycle: string;
    };
    MeasureRegression: {
      outcome: string;
      /** @description Complete cases used */
      n: number;
      /** @description Cases left out for a missing value */
      dropped: number;
      coefficients: {
        term: string;
        estimate: number;
        se: number;
        t: number;
        p: number;
        low: number;
        high: number;
      }[];
      r2: number | null;
      adjustedR2: number | null;
      residualSe: number;
      /** @enum {string} */
      errors: 'ordinary' | 'cluster-robust (CR1)';
      clusters: {
        name: string;
        count: number;
      } | null;
      /** @description Degrees of freedom of the t tests: n − k, or G − 1 with clusters */
      df: number;
    };
    IsfTemplate: {
      id: string;
      role: components['schemas']['RoleGroup'];
      /** @description Null for the partnership's default template */
      districtId: string | null;
      basedOnId: string | null;
      fields: components['schemas']['IsfField'][];
      /** @description ISFs started on this template (they show its fields as they now stand), and how many are complete */
      isfs: {
        total: number;
        complete: number;
      };
      version: number;
      createdBy: string;
      createdAt: string;
      updatedBy: string;
      updatedAt: string;
    };
    IsfField: {
      id: string;
      key: string;
      label: string;
      guidance: string;
      position: number;
      addedInVersion: number;
      retiredInVersion: number | null;
      /** @description An ISF cannot be marked complete while this field is empty */
      required: boolean;
    };
    Excerpt: {
      id: string;
      interviewId: string;
      interviewCode: string;
      transcriptId: string;
      transcriptVersion: number;
      /** @description The transcript was corrected after this passage was cited */
      transcriptCorrected: boolean;
      /** @description The transcript was corrected and the passage is not yet settled: accept its words, re-anchor it to the corrected words, or withdraw it */
      toReview: boolean;
      version: number;
      start: number;
      end: number;
      /** @description The words as they were cited */
      quote: string;
      quoteSha256: string;
      note: string;
      role: components['schemas']['RoleGroup'];
      pseudonym: string;
      school: string;
      district: string;
      cycle: string;
      createdBy: string;
      createdAt: string;
      retired: {
        at: string;
        by: string;
        reason: string;
      } | null;
    };
    Coding: {
      id: string;
      version: number;
      codeId: string;
      codeName: string;
      /** @description The code's colour, #rrggbb */
      colour: string;
      /** @description The account whose coding it is */
      coder: string;
      coderName: string;
      /** @description A transcript's passage: the excerpt it is (the passage the evidence chain cites) */
      excerptId: string | null;
      interviewId: string | null;
      transcriptId: string | null;
      /** @description An artifact's stretch of text */
      artifactId: string | null;
      /** @description Code points into the transcript's (or artifact's) text */
      start: number;
      end: number;
      quote: string;
      codedAt: string;
      /** @description Uncoded */
      retired: boolean;
    };
    NewCoding: {
      /** @description Interview ID or code: a passage of its current transcript */
      interview?: string;
      /** @description Artifact ID: a stretch of its text (offsets or a quote) */
      artifact?: string;
      start?: number;
      end?: number;
      quote?: string;
      /** @description A whole turn, by its number (from 0) */
      turn?: number;
      /** @description Codes to apply, by ID or name */
      codes: string[];
    };
    TranscriptCodings: {
      interviewId: string;
      interviewCode: string;
      transcriptId: string;
      /** @description False while the caller is assigned to code the interview and has not marked their coding done: they see only their own (blind double coding) */
      othersShown: boolean;
      codings: components['schemas']['Coding'][];
    };
    Isf: {
      id: string;
      interviewId: string;
      interviewCode: string;
      pseudonym: string;
      role: components['schemas']['RoleGroup'];
      school: string;
      district: string;
      cycle: string;
      templateId: string;
      templateVersion: number;
      /** @enum {string} */
      status: 'draft' | 'complete';
      fields: {
        field: components['schemas']['IsfField'];
        entry: components['schemas']['IsfEntry'];
      }[];
      version: number;
      createdBy: string;
      createdAt: string;
      updatedBy: string;
      updatedAt: string;
    };
    IsfEntry: {
      id: string;
      text: string;
      evidence: {
        citation: components['schemas']['Citation'];
        excerpt: components['schemas']['Excerpt'];
      }[];
      version: number;
      createdBy: string;
      createdAt: string;
      updatedBy: string;
      updatedAt: string;
    } | null;
    Citation: {
      id: string;
      citingId: string;
      citedId: string;
      /** @enum {string} */
      citedKind: 'excerpt' | 'isfEntry' | 'claim';
      stance: components['schemas']['Stance'];
      note: string;
      createdBy: string;
      createdAt: string;
    };
    /** @enum {string} */
    Stance: 'supports' | 'contradicts';
    Summary: {
      id: string;
      /** @enum {string} */
      kind: 'school' | 'role_group';
      title: string;
      cycleId: string;
      districtId: string;
      schoolId: string | null;
      role: components['schemas']['RoleGroup'] & (string | null);
      claims: components['schemas']['Claim'][];
      version: number;
      createdBy: string;
      createdAt: string;
      updatedBy: string;
      updatedAt: string;
    };
    Claim: {
      id: string;
      summaryId: string;
      text: string;
      triangulationNote: string;
      retired: {
        at: string;
        by: string;
        reason: string;
      } | null;
      evidence: {
        citation: components['schemas']['Citation'];
        entry: {
          id: string;
          text: string;
          field: string;
          fieldLabel: string;
          interviewCode: string;
          participantId: string;
          pseudonym: string;
          role: components['schemas']['RoleGroup'];
          school: string;
        };
      }[];
      triangulation: {
        /** @enum {string} */
        status: 'single account' | 'corroborated' | 'contested';
        agreeing: {
          participantId: string;
          pseudonym: string;
          role: string;
        }[];
        disagreeing: {
          participantId: string;
          pseudonym: string;
          role: string;
        }[];
        roleGroups: string[];
      };
      version: number;
      createdBy: string;
      createdAt: string;
      updatedBy: string;
      updatedAt: string;
    };
    Finding: {
      id: string;
      districtId: string;
      cycleId: string;
      text: string;
      retired: {
        at: string;
        by: string;
        reason: string;
      } | null;
      evidence: {
        citation: components['schemas']['Citation'];
        claim: {
          id: string;
          text: string;
          summaryId: string;
          summaryTitle: string;
        };
      }[];
      version: number;
      createdBy: string;
      createdAt: string;
      updatedBy: string;
      updatedAt: string;
    };
    Trace: {
      root: components['schemas']['TraceNode'];
      passages: components['schemas']['TracePassage'][];
      issues: components['schemas']['ChainIssue'][];
    };
    TraceNode: {
      /** @enum {string} */
      kind: 'finding' | 'claim' | 'isfEntry' | 'excerpt';
      id: string;
      text: string;
      stance?: components['schemas']['Stance'];
      retired: boolean;
      context?: string;
      passage?: components['schemas']['TracePassage'];
      children: components['schemas']['TraceNode'][];
    };
    TracePassage: {
      excerptId: string;
      interviewId: string;
      interviewCode: string;
      interviewDate: string;
      cycle: string;
      district: string;
      school: string;
      role: string;
      pseudonym: string;
      transcriptId: string;
      transcriptVersion: number;
      start: number;
      end: number;
      quote: string;
      transcriptCorrected: boolean;
      retired: boolean;
      /** @description The live codes on the passage that the caller may see (a coder assigned blind sees only their own) */
      codes: components['schemas']['PassageCode'][];
    };
    PassageCode: {
      codingId: string;
      code: string;
      colour: string;
      coder: string;
    };
    ChainIssue: {
      id: string;
      /** @enum {string} */
      kind: 'isfEntry' | 'claim' | 'finding';
      label: string;
      /** @description For an ISF entry: the interview whose form holds it */
      interviewId?: string;
      /** @enum {string} */
      severity: 'broken' | 'review';
      reasons: string[];
      /** @description The reasons in words, each with where it is mended */
      why?: {
        /** @description What is wrong, in words */
        text: string;
        /** @description The record where it is mended (an ISF entry or a passage on its interview’s page) */
        mendAt?: {
          /** @enum {string} */
          kind: 'isfEntry' | 'claim' | 'finding' | 'excerpt';
          id: string;
          interviewId?: string;
        };
      }[];
    };
    CheckIssue: components['schemas']['ChainIssue'] & {
      /** @enum {string} */
      kind?: 'isfEntry' | 'claim' | 'finding' | 'strategy' | 'strategyElement' | 'implementation' | 'explanation' | 'recommendation';
      /** @description For a statement of a feedback report: the district whose report holds it */
      district?: string;
      /** @description For a statement of a feedback report: the report's cycle */
      cycle?: string;
    };
    HistoryEntry: {
      seq: number;
      at: string;
      /** @description As the audit trail has it: an account (its ID or e-mail), or a name as given */
      actor: string;
      /** @description Who that is: the account's display name, else the actor as written */
      actorName: string;
      action: string;
      entityKind: string;
      entityId: string;
      version: number | null;
      reason: string | null;
      data?: unknown;
    };
    SupportType: {
      id: string;
      key: string;
      name: string;
      category: string;
      description: string;
      position: number;
      retired: {
        at: string;
        by: string;
        reason: string;
      } | null;
      version: number;
      createdBy: string;
      createdAt: string;
      updatedBy: string;
      updatedAt: string;
    };
    CodebookEntry: components['schemas']['Code'] & {
      depth: number;
      codings: number;
    };
    Code: {
      id: string;
      name: string;
      path: string[];
      parentId: string | null;
      definition: string;
      inclusion: string;
      exclusion: string;
      example: string;
      /** @example #4e79a7 */
      colour: string;
      position: number;
      guid: string | null;
      mergedIntoId: string | null;
      splitFromId: string | null;
      retired: {
        at: string;
        by: string;
        reason: string;
      } | null;
      version: number;
      createdBy: string;
      createdAt: string;
      updatedBy: string;
      updatedAt: string;
    };
    CodeWithHistory: components['schemas']['Code'] & {
      codings: number;
      history: components['schemas']['HistoryEntry'][];
      mergedFrom: components['schemas']['Code'][];
      splitInto: components['schemas']['Code'][];
      mergedInto: components['schemas']['Code'] & (Record<string, never> | null);
      splitFrom: components['schemas']['Code'] & (Record<string, never> | null);
    };
    CodeMergeResult: {
      source: components['schemas']['Code'];
      target: components['schemas']['Code'];
      recoded: string[];
      movedChildren: string[];
    };
    CodeSplitResult: {
      source: components['schemas']['Code'];
      created: components['schemas']['Code'][];
      codingsToRecode: number;
    };
    CodebookImport: {
      added: components['schemas']['Code'][];
      updated: components['schemas']['Code'][];
      unchanged: number;
      problems: {
        /** @enum {string} */
        severity: 'error' | 'warning';
        file: string;
        line?: number;
        field?: string;
        message: string;
      }[];
    };
    Strategy: {
      id: string;
      districtId: string;
      cycleId: string;
      position: number;
      name: string;
      goal: string;
      evidence: components['schemas']['StrategyEvidence'][];
      elements: components['schemas']['StrategyElement'][];
      version: number;
      createdBy: string;
      createdAt: string;
      updatedBy: string;
      updatedAt: string;
    };
    StrategyEvidence: {
      id: string;
      /** @enum {string} */
      kind: 'excerpt' | 'artifact';
      citedId: string;
      note: string;
      /** @description The passage's words, or the artifact's title */
      text: string;
      /** @description The interview's code, or the artifact's file name */
      source: string;
      /** @description The passage or artifact was retired since: documents generated from now on leave it out */
      retired: boolean;
    };
    StrategyElement: {
      id: string;
      strategyId: string;
      /** @enum {string} */
      kind: 'practice' | 'support' | 'accountability';
      position: number;
      description: string;
      role: components['schemas']['RoleGroup'] & (string | null);
      target: string | null;
      supportType: string | null;
      rolesServed: components['schemas']['RoleGroup'][];
      frequency: string | null;
      provider: string | null;
      coParticipation: boolean | null;
      holder: string | null;
      held: string | null;
      evidence: components['schemas']['StrategyEvidence'][];
      version: number;
      createdBy: string;
      createdAt: string;
      updatedBy: string;
      updatedAt: string;
    };
    Artifact: {
      id: string;
      districtId: string;
      cycleId: string;
      title: string;
      kind: string;
      fileName: string;
      mediaType: string;
      format: string;
      size: number;
      sha256: string;
      pages: number;
      createdBy: string;
      createdAt: string;
    };
    Assessment: {
      id: string;
      districtId: string;
      cycleId: string;
      strategyId: string | null;
      /** @enum {string} */
      aspect: 'coherence' | 'instruction' | 'enablement';
      judgement: string;
      rationale: string;
      frameworkRefs: string[];
      version: number;
      createdBy: string;
      createdAt: string;
      updatedBy: string;
      updatedAt: string;
    };
    DesignDocument: {
      district: {
        id: string;
        name: string;
      };
      cycle: {
        id: string;
        label: string;
      };
      versions: components['schemas']['DesignDocumentVersion'][];
      checks: components['schemas']['MemberCheck'][];
      status: components['schemas']['MemberCheckStatus'];
      /** @description The team only: the strategies as they stand, and whether they changed since the latest issued version */
      draft: {
        changedSinceIssued: boolean;
        sections: components['schemas']['DesignSection'][];
      } | null;
    };
    DesignDocumentVersion: {
      id: string;
      districtId: string;
      cycleId: string;
      number: number;
      basedOnId: string | null;
      reason: string;
      /** @description The day it was issued to the district; createdAt is when it was recorded */
      issuedOn: string;
      createdBy: string;
      createdAt: string;
      sections: components['schemas']['DesignSection'][];
    };
    DesignSection: {
      key: string;
      number: number;
      name: string;
      goal: string;
      practices: {
        role: string;
        description: string;
        target: string;
      }[];
      supports: {
        type: string;
        description: string;
        rolesServed: string[];
        frequency: string;
        provider: string;
        coParticipation: boolean;
      }[];
      accountability: {
        holder: string;
        held: string;
        description: string;
      }[];
    };
    MemberCheck: {
      id: string;
      versionId: string;
      versionNumber: number;
      districtId: string;
      message: string;
      sentBy: string;
      sentAt: string;
      /** @description The day it was sent to the leaders; sentAt is when it was recorded */
      sentOn: string;
      recipients: {
        accountId: string;
        name: string;
        email: string;
      }[];
      responses: components['schemas']['MemberCheckResponse'][];
      status: components['schemas']['MemberCheckStatus'];
      /** @description A later version of the document was issued: responses go to the latest version */
      superseded: boolean;
    };
    MemberCheckResponse: {
      id: string;
      section: string;
      accountId: string;
      name: string;
      /** @enum {string} */
      response: 'confirm' | 'correct' | 'comment';
      text: string;
      createdAt: string;
      appliedInVersion: number | null;
    };
    MemberCheckStatus: {
      /** @enum {string} */
      state: 'not sent' | 'awaiting responses' | 'corrections to apply' | 'confirmed' | 'corrected';
      respondedFully: number;
      recipients: number;
      openCorrections: number;
      label: string;
    };
    SectionDiff: {
      key: string;
      title: string;
      /** @enum {string} */
      status: 'added' | 'removed' | 'changed' | 'unchanged';
      lines: (
        | {
            /** @enum {string} */
            op: 'same' | 'added' | 'removed';
            text: string;
          }
        | {
            /** @enum {string} */
            op: 'changed';
            /** @description The line as it is now */
            text: string;
            /** @description The line as it was */
            was: string;
            /** @description The words kept, added and removed */
            words: {
              /** @enum {string} */
              op: 'same' | 'added' | 'removed';
              text: string;
            }[];
          }
      )[];
    };
    DistrictFeedback: {
      district: {
        id: string;
        name: string;
      };
      cycle: {
        id: string;
        label: string;
      };
      implementations: components['schemas']['Implementation'][];
      explanations: components['schemas']['Explanation'][];
      recommendations: components['schemas']['Recommendation'][];
      sent: {
        id: string;
        number: number;
        sentOn: string;
        note: string;
        reason: string;
        createdBy: string;
      }[];
      /** @description Statements of the report sent whose evidence was retired or unlinked since (the district still reads them as sent) */
      lostSinceSent: components['schemas']['CheckIssue'][];
      meetings: {
        id: string;
        heldOn: string;
        attendees: string[];
        notes: string;
        createdBy: string;
      }[];
    };
    Implementation: {
      id: string;
      elementId: string;
      cycleId: string;
      /** @enum {string} */
      kind: 'support' | 'practice';
      verdict: string | null;
      frequency: string | null;
      focus: string | null;
      frequencyChange: string | null;
      qualityChange: string | null;
      text: string;
      evidence: components['schemas']['EvidenceLink'][];
      version: number;
      createdBy: string;
      createdAt: string;
      updatedBy: string;
      updatedAt: string;
    };
    EvidenceLink: {
      id: string;
      kind: string;
      citedId: string;
      bearing: string;
      note: string;
      /** @description What the cited record says */
      label: string;
      /** @description The cited record was retired since: reports generated from now on leave it out */
      retired: boolean;
    };
    Explanation: {
      id: string;
      strategyId: string;
      learningOpportunities: string;
      press: string;
      text: string;
      frameworkRefs: string[];
      evidence: components['schemas']['EvidenceLink'][];
      version: number;
      createdBy: string;
      createdAt: string;
      updatedBy: string;
      updatedAt: string;
    };
    Recommendation: {
      id: string;
      strategyId: string;
      position: number;
      text: string;
      rationale: string;
      basis: components['schemas']['EvidenceLink'][];
      version: number;
      createdBy: string;
      createdAt: string;
      updatedBy: string;
      updatedAt: string;
    };
    FeedbackNarrative: {
      id: string;
      /** @enum {string} */
      kind: 'summary' | 'introduction' | 'strategy' | 'closing';
      strategyId: string | null;
      /** @description summary, introduction, closing, or strategy: and the strategy ID */
      section: string;
      text: string;
      version: number;
      createdBy: string;
      createdAt: string;
      updatedBy: string;
      updatedAt: string;
    };
    SharedWithDistrict: {
      district: {
        id: string;
        name: string;
      };
      /** @description Every cycle, newest first, with what was shared in it */
      cycles: components['schemas']['SharedInCycle'][];
      /**
       * @description The label of the newest cycle with something shared, if any
       * @example 2010-11
       */
      newestShared: string | null;
    };
    SharedInCycle: {
      cycle: components['schemas']['Cycle'];
      designDocument: {
        /** @description Issued versions, oldest first */
        versions: {
          id: string;
          number: number;
          issuedOn: string;
          createdAt: string;
        }[];
        status: components['schemas']['MemberCheckStatus'];
      };
      /** @description Member checks of its versions, oldest first */
      memberChecks: components['schemas']['SharedMemberCheck'][];
      /** @description When the feedback report was sent to the district */
      feedbackReports: {
        number: number;
        /** @example 2011-05-20 */
        sentOn: string;
        reason: string;
      }[];
      /** @description Whether anything was shared with the district in this cycle */
      shared: boolean;
    };
    SharedMemberCheck: {
      id: string;
      versionNumber: number;
      sentAt: string;
      /** @description The day it was sent; sentAt is when it was recorded */
      sentOn: string;
      sentBy: string;
      status: components['schemas']['MemberCheckStatus'];
      /** @description A later version of the document was issued: responses go to the latest version */
      superseded: boolean;
      /** @description Whether it was sent to the caller */
      sentToYou: boolean;
      /** @description How many of its strategies the caller has answered */
      youAnswered: number;
      /** @description How many strategies the version sent has */
      sections: number;
    };
    UptakeLine: {
      recommendationId: string;
      district: string;
      districtId: string;
      cycle: string;
      strategy: string;
      text: string;
      conjectures: {
        id: string;
        text: string;
      }[];
      uptake: {
        id: string;
        cycle: string;
        /** @enum {string} */
        status: 'fully' | 'partly' | 'not';
        label: string;
        note: string;
        version: number;
        passages: {
          id: string;
          quote: string;
        }[];
      } | null;
    };
    TheoryOfAction: {
      component: {
        id: string;
        key: string;
        name: string;
        position: number;
        version: number;
      };
      conjectures: components['schemas']['Conjecture'][];
    }[];
    Conjecture: {
      id: string;
      componentId: string;
      text: string;
      position: number;
      revisions: {
        id: string;
        version: number;
        text: string;
        reason: string;
        createdBy: string;
        createdAt: string;
        warrant: components['schemas']['EvidenceLink'][];
      }[];
      uptake: {
        uptakeId: string;
        recommendationId: string;
        recommendation: string;
        district: string;
        cycle: string;
        status: string;
        label: string;
      }[];
      version: number;
      createdBy: string;
      createdAt: string;
      updatedBy: string;
      updatedAt: string;
    };
    TheoryIteration: {
      id: string;
      number: number;
      label: string;
      dated: string;
      createdBy: string;
      createdAt: string;
    };
    ImportJob: {
      id: string;
      /** @enum {string} */
      state: 'unpacking' | 'importing' | 'done' | 'failed';
      done: number;
      total: number;
      error: string | null;
      report: {
        imported: boolean;
        problems: components['schemas']['Problem'][];
        skipped: {
          participants: string[];
          interviews: string[];
        };
        participants: {
          added: number;
          updated: number;
          unchanged: number;
        };
        interviews: {
          added: number;
          updated: number;
          unchanged: number;
        };
        transcripts: {
          added: number;
          newVersions: number;
          unchanged: number;
        };
        /** @description Cited passages of corrected transcripts: moved to the new version (words unchanged), or to review */
        passages: {
          moved: number;
          toReview: number;
        };
        stored: {
          turns: number;
          words: number;
          textBytes: number;
        };
        /** @description For each interview imported, the speaker labels taken as the interviewer: by label or the interviewer's name (`label`), as the team said which label is whose (`mapping`: in speakers.csv, or remembered from an earlier import of the same file), or none */
        interviewers: {
          interview: string;
          file: string;
          labels: string[];
          /** @enum {string} */
          by: 'label' | 'mapping' | 'none';
        }[];
      } | null;
    };
    QdpxReport: {
      file: string;
      /** @description True when nothing is an error: the project can be brought in */
      valid: boolean;
      problems: components['schemas']['QdpxProblem'][];
      project: {
        name: string;
        origin: string | null;
        users: number;
        codes: number;
        sources: number;
        selections: number;
        codings: number;
        notes: number;
        cases: number;
        sets: number;
        /** @description What cannot be brought in yet (pictures, PDF regions, audio and video), by name */
        unmapped: {
          element: string;
          guid: string | null;
          name: string | null;
          line: number;
        }[];
      } | null;
    };
    QdpxProblem: {
      /** @enum {string} */
      severity: 'error' | 'warning';
      /** @description The file inside the archive (or the archive itself) */
      file: string;
      /** @description The element and its line, e.g. `PlainTextSelection guid="…" (line 12)` */
      where?: string;
      message: string;
    };
    QdpxImport: {
      file: string;
      /** @description False when the project was refused (or only checked, dryRun) and nothing was written */
      imported: boolean;
      project: {
        name: string;
        origin: string | null;
      } | null;
      partnership: {
        id: string;
        name: string;
        created: boolean;
      } | null;
      problems: components['schemas']['QdpxProblem'][];
      unmapped: {
        element: string;
        guid: string | null;
        name: string | null;
        line: number;
      }[];
      codes: {
        added: number;
        updated: number;
        unchanged: number;
      };
      participants: {
        added: number;
        unchanged: number;
      };
      interviews: {
        added: number;
        unchanged: number;
        /** @description Interviews brought in before whose document's text changed: stored as their transcript's next version */
        corrected: number;
      };
      passages: {
        added: number;
        unchanged: number;
        /** @description Passages of corrected transcripts moved to the new version (words unchanged) */
        moved: number;
        /** @description Passages of corrected transcripts whose words changed: to review */
        toReview: number;
      };
      codings: {
        added: number;
        unchanged: number;
      };
      memos: {
        added: number;
        unchanged: number;
      };
      organizations: {
        added: number;
      };
      cycles: {
        added: number;
      };
      /** @description Documents no case placed: to assign */
      unassigned: {
        interview: string;
        source: string;
      }[];
      coders: {
        user: string;
        coder: string;
        account: boolean;
      }[];
    };
    UnassignedDocument: {
      interviewId: string;
      /** @description The interview's code */
      interview: string;
      /** @description The document's name in the project */
      source: string;
      /** @description The .qdpx it came in */
      archive: string;
      importedAt: string;
      importedBy: string;
      words: number;
      /** @description The cycle it was put in for now */
      cycle: string;
      participant: {
        id: string;
        code: string;
        pseudonym: string;
        role: string;
        district: string;
      };
    };
    AssignedDocument: {
      interview: string;
      participant: string;
      pseudonym: string;
      role: string;
      school: string | null;
      district: string;
      cycle: string;
    };
    DocumentAssignment: {
      /** @description A participant already in the partnership whose interview it is (participant ID or record ID); instead of role, school, district, unit and pseudonym */
      participant?: string;
      /** @description teacher, coach, school_leader or district_leader: places the participant the document came with */
      role?: string;
      /** @description The school of a teacher, coach or school leader (added if new) */
      school?: string;
      /** @description A district leader's district, or a new school's (added if new) */
      district?: string;
      unit?: string;
      pseudonym?: string;
      /** @description The cycle it was held in, e.g. 2025-26 (added if new) */
      cycle: string;
      /** @description Why the change was made (kept in the audit trail) */
      reason?: string;
    };
    UploadedTranscript: {
      interviewId: string;
      transcriptId: string;
      version: number;
      /** @description False when the file holds the current transcript already */
      stored: boolean;
      interviewer: {
        labels: string[];
        /** @enum {string} */
        by: 'label' | 'mapping' | 'none';
      };
      warnings: components['schemas']['Problem'][];
    };
    Memo: {
      id: string;
      /** @description Null for a free-standing memo */
      subject: {
        kind: components['schemas']['MemoSubjectKind'];
        id: string;
        label: string;
      } | null;
      title: string;
      text: string;
      /** @description The author's name */
      author: string;
      createdBy: string;
      createdAt: string;
      updatedBy: string;
      updatedAt: string;
      version: number;
      retired: {
        at: string;
        by: string;
        reason: string;
      } | null;
    };
    /**
     * @description What a memo is written on: a code, a coding, a passage (excerpt), an interview or a participant (case)
     * @enum {string}
     */
    MemoSubjectKind: 'code' | 'coding' | 'excerpt' | 'interview' | 'participant';
    NewMemo: {
      /** @description code, coding, excerpt (or passage), interview, participant (or case); none for a free-standing memo */
      subjectKind?: string;
      /** @description The subject's ID, or with subjectKind an interview's or participant's code or a code's name */
      subject?: string;
      title: string;
      text: string;
      /** @description Why the change was made (kept in the audit trail) */
      reason?: string;
    };
    MemoWithHistory: components['schemas']['Memo'] & {
      history: components['schemas']['HistoryEntry'][];
    };
    MemoEdit: {
      title?: string;
      text?: string;
      /** @description Why the change was made (kept in the audit trail) */
      reason?: string;
      /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
      expectedVersion?: number;
    };
    CodedPassages: {
      code: components['schemas']['CodeBrief'] & {
        definition: string;
      };
      filter: components['schemas']['RetrievalFilter'];
      passages: components['schemas']['CodedPassage'][];
      /** @description The code's codings of district artifacts' text (filtered by district, cycle and coder; none when a school, role group or protocol is named) */
      artifactPassages: components['schemas']['CodedArtifactPassage'][];
    };
    CodeBrief: {
      id: string;
      name: string;
      colour: string;
      parentId: string | null;
    };
    /** @description The filters (by ID) that open these passages: code, district, school, role, cycle, protocol, coder — a code's passages route's query */
    RetrievalFilter: {
      [key: string]: string;
    };
    CodedPassage: {
      codingId: string;
      code: {
        id: string;
        name: string;
        colour: string;
      };
      coder: {
        id: string;
        name: string;
      };
      /** @description The passage (excerpt) coded: the same identity the evidence chain cites */
      passageId: string;
      interview: {
        id: string;
        code: string;
        date: string;
        protocol: string;
      };
      participant: {
        id: string;
        code: string;
        pseudonym: string;
      };
      role: components['schemas']['RoleGroup'];
      district: {
        id: string;
        name: string;
      };
      school: {
        id: string;
        name: string;
      };
      cycle: {
        id: string;
        label: string;
      };
      transcriptId: string;
      start: number;
      end: number;
      quote: string;
    };
    CodedArtifactPassage: {
      codingId: string;
      code: {
        id: string;
        name: string;
        colour: string;
      };
      coder: {
        id: string;
        name: string;
      };
      artifact: {
        id: string;
        title: string;
        kind: string;
      };
      district: {
        id: string;
        name: string;
      };
      cycle: {
        id: string;
        label: string;
      };
      start: number;
      end: number;
      quote: string;
    };
    CodeQueryAnswer: {
      query: string;
      codes: components['schemas']['CodeBrief'][];
      steps: {
        /** @enum {string} */
        op: 'AND' | 'NOT' | 'NEAR';
        turns?: number;
        code: string;
      }[];
      hits: {
        passage: components['schemas']['CodedPassage'];
        /** @description For each AND or NEAR step, the passages of its code that the passage overlaps or lies near */
        with: components['schemas']['CodedPassage'][][];
      }[];
    };
    CodeMatrix: {
      /** @description role, school, district or cycle, or two of them joined by a comma (role,cycle): the columns are then each pair */
      by: string;
      codes: components['schemas']['CodeBrief'][];
      columns: {
        key: string;
        label: string;
      }[];
      cells: {
        codeId: string;
        key: string;
        passages: number;
        participants: number;
        filter: components['schemas']['RetrievalFilter'];
      }[];
    };
    CodeCooccurrence: {
      codes: components['schemas']['CodeBrief'][];
      cells: {
        a: string;
        b: string;
        passages: number;
      }[];
    };
    Rubric: {
      id: string;
      name: string;
      description: string;
      dimensions: components['schemas']['RubricDimension'][];
      version: number;
      createdBy: string;
      createdAt: string;
      updatedBy: string;
      updatedAt: string;
    };
    RubricDimension: {
      id: string;
      /** @example Classroom discourse */
      name: string;
      description: string;
      levels: components['schemas']['RubricLevel'][];
    };
    RubricLevel: {
      /** @example 3 */
      value: number;
      /** @example Developing */
      label: string;
      /** @example The teacher asks students to explain their reasoning, and sometimes to respond to one another */
      descriptor: string;
    };
    NewRubric: {
      name: string;
      description?: string;
      dimensions: {
        /** @description A dimension already in the rubric (it keeps its scores); left out, a new one (or the one of that name) */
        id?: string;
        name: string;
        description?: string;
        /** @description At least two, with distinct whole-number values; a higher value is a more sophisticated level */
        levels: {
          value: number;
          label?: string;
          descriptor: string;
        }[];
      }[];
    };
    RubricEdit: {
      name?: string;
      description?: string;
      /** @description The whole list, in order; a dimension or level left out is taken out of the rubric unless scores were given on it */
      dimensions?: {
        /** @description A dimension already in the rubric (it keeps its scores); left out, a new one (or the one of that name) */
        id?: string;
        name: string;
        description?: string;
        /** @description At least two, with distinct whole-number values; a higher value is a more sophisticated level */
        levels: {
          value: number;
          label?: string;
          descriptor: string;
        }[];
      }[];
      /** @description Why the change was made (kept in the audit trail) */
      reason?: string;
      /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
      expectedVersion?: number;
    };
    InterviewScores: {
      interviewId: string;
      rubrics: {
        rubric: components['schemas']['Rubric'];
        scores: components['schemas']['Score'][];
        /** @description Others' scores not shown until the caller's own work on the interview is done (blind double scoring) */
        hidden: number;
      }[];
    };
    Score: {
      id: string;
      interviewId: string;
      interviewCode: string;
      participantId: string;
      participantCode: string;
      cycleId: string;
      cycleLabel: string;
      role: components['schemas']['RoleGroup'];
      districtId: string;
      districtName: string;
      rubricId: string;
      dimensionId: string;
      dimensionName: string;
      level: number;
      levelLabel: string;
      /** @description The account whose score it is */
      scorer: string;
      scorerName: string;
      note: string;
      version: number;
      updatedAt: string;
      passages: components['schemas']['ScorePassage'][];
    };
    ScorePassage: {
      id: string;
      excerptId: string;
      quote: string;
      startOffset: number;
      endOffset: number;
      stance: components['schemas']['Stance'];
      note: string;
      /** @description The passage was withdrawn since it was cited */
      retired: boolean;
    };
    NewScore: {
      /** @description The rubric's ID or name; may be left out when the partnership has one */
      rubric?: string;
      /** @description The dimension's ID or name */
      dimension: string;
      level: number;
      note?: string;
      cite?: components['schemas']['PassageCite'][];
      /** @description The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values */
      expectedVersion?: number;
      /** @description Why the change was made (kept in the audit trail) */
      reason?: string;
    };
    /** @description A passage of the interview: an excerpt of it, or a quote that occurs once, offsets, or a turn, marked as an excerpt */
    PassageCite: {
      excerptId?: string;
      quote?: string;
      start?: number;
      end?: number;
      turn?: number;
      stance?: components['schemas']['Stance'];
      note?: string;
    };
    ScoreWithdrawal: {
      reason: string;
    };
    Trajectory: {
      rubric: components['schemas']['Rubric'];
      participant: {
        id: string;
        code: string;
        role: components['schemas']['RoleGroup'];
      };
      cycles: {
        id: string;
        label: string;
      }[];
      dimensions: {
        id: string;
        name: string;
        points: {
          cycleId: string;
          cycleLabel: string;
          level: number | null;
          label: string | null;
          /** @description Since the previous cycle; null when either is not scored */
          change: number | null;
          scores: components['schemas']['Score'][];
        }[];
      }[];
    };
    ScoreDistributions: {
      rubric: components['schemas']['Rubric'];
      /** @enum {string} */
      by: 'role' | 'district' | 'cycle';
      cycles: {
        id: string;
        label: string;
      }[];
      rows: {
        group: string | null;
        groupLabel: string;
        cycleId: string;
        cycleLabel: string;
        dimensionId: string;
        dimensionName: string;
        counts: {
          level: number;
          label: string;
          participants: number;
        }[];
        participants: number;
        mean: number | null;
        median: number | null;
        previousCycleLabel: string | null;
        previousMean: number | null;
        change: components['schemas']['AggregateChange'];
      }[];
      changes: {
        participantId: string;
        participantCode: string;
        role: components['schemas']['RoleGroup'];
        districtName: string;
        dimensionId: string;
        dimensionName: string;
        cycleLabel: string;
        previousCycleLabel: string;
        from: number;
        to: number;
        change: number;
      }[];
    };
    AggregateChange: {
      participants: number;
      improved: number;
      unchanged: number;
      declined: number;
      meanChange: number | null;
      /**
       * @description What an implementation assessment's change in quality would say, read from the scores
       * @enum {string}
       */
      quality: 'improved' | 'unchanged' | 'declined' | 'not known';
    } | null;
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
