// `orient user add EMAIL --role admin|analyst|member [--password-stdin]`, `orient user list`,
// `orient user remove EMAIL`: accounts for `orient serve`. Prompt-free: the password comes on
// stdin, or one is generated and printed once.
import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { z } from 'zod';
import { OrientError, badInput } from '../../core/orient-error.js';
import { isEmail } from '../../ingest/calendar-owner.js';
import { hashPassword, passwordSchema } from '../../server/auth/passwords.js';
import { USER_ROLES } from '../../storage/auth-tables.js';
import {
  createUser,
  deleteUser,
  findUserForSignIn,
  listUsers,
} from '../../storage/auth-users-store.js';
import type { CliContext } from '../context.js';
import { renderTable } from '../table.js';

const addFlags = z.object({
  role: z.enum(USER_ROLES, { error: '--role must be admin, analyst or member' }),
  passwordStdin: z.boolean().optional(),
});

export function registerUser(program: Command, ctx: CliContext): void {
  const user = program.command('user').description('accounts that sign in to `orient serve`');
  user
    .command('add')
    .description(
      'create an account; the password is read from stdin (--password-stdin) or generated and printed once',
    )
    .argument('<email>', 'the email address to sign in with')
    .requiredOption('--role <role>', 'admin, analyst or member')
    .option('--password-stdin', 'read the password from stdin (at least 12 characters)')
    .action(async (emailArg: string, raw: unknown) => {
      const email = emailArg.trim().toLowerCase();
      if (!isEmail(email)) throw badInput(`${JSON.stringify(emailArg)} is not an email address`);
      const parsed = addFlags.safeParse(raw);
      if (!parsed.success) throw badInput(parsed.error.issues.map((i) => i.message).join('; '));
      const flags = parsed.data;
      let password: string;
      if (flags.passwordStdin) {
        password = (await ctx.io.readStdin()).replace(/\r?\n$/, '');
        const checked = passwordSchema.safeParse(password);
        if (!checked.success) {
          throw badInput(`the password ${checked.error.issues[0]?.message ?? 'is not valid'}`);
        }
      } else {
        password = randomBytes(18).toString('base64url');
      }
      const database = await ctx.database();
      const created = await createUser(database.db, {
        email,
        role: flags.role,
        passwordHash: await hashPassword(password),
        now: ctx.io
          .now()
          .toISOString()
          .replace(/\.\d{3}Z$/, 'Z'),
      });
      if (!created) throw new OrientError('conflict', `${email} already has an account`);
      ctx.io.stdout.write(`Created ${created.role} ${created.email}.\n`);
      if (!flags.passwordStdin) {
        ctx.io.stdout.write(`Password (shown once, keep it safe): ${password}\n`);
      }
    });
  user
    .command('list')
    .description('every account with its role')
    .option('--json', 'one JSON object per line')
    .action(async (flags: { json?: boolean }) => {
      const users = await listUsers((await ctx.database()).db);
      if (flags.json) {
        for (const u of users) {
          ctx.io.stdout.write(
            `${JSON.stringify({ email: u.email, role: u.role, createdAt: u.createdAt })}\n`,
          );
        }
        return;
      }
      ctx.io.stdout.write(
        renderTable(
          ['email', 'role', 'created'],
          users.map((u) => [u.email, u.role, u.createdAt]),
        ),
      );
      ctx.io.stdout.write(`${users.length} account${users.length === 1 ? '' : 's'}\n`);
    });
  user
    .command('remove')
    .description('delete an account with its sessions and API tokens')
    .argument('<email>', 'the account')
    .action(async (emailArg: string) => {
      const database = await ctx.database();
      const found = await findUserForSignIn(database.db, emailArg.trim());
      if (!found) throw new OrientError('not-found', `${emailArg.trim()} has no account`);
      await deleteUser(database.db, found.id);
      ctx.io.stdout.write(`Removed ${found.email}.\n`);
    });
}
