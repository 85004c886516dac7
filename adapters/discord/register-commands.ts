/**
 * `npm run discord:register`: registers `/icat` and the "Ask ICAT" message command for the application whose token is in
 * DISCORD_TOKEN: in one server when DISCORD_GUILD_ID is set (instant, for trying it), globally
 * otherwise (may take up to an hour to appear everywhere). Run it again after changing commands.
 */
import { reportFatal } from '../project.js';
import { ICAT_COMMAND } from './commands.js';
import { readDiscordConfig } from './config.js';
import { registerCommands } from './register.js';

async function main(): Promise<void> {
  const result = await registerCommands({ config: readDiscordConfig(process.env) });
  const where = result.scope === 'guild' ? `in server ${result.guildId}` : 'globally (may take up to an hour to show everywhere)';
  const names = result.names.map((name) => (name === ICAT_COMMAND ? `/${name}` : `"${name}"`));
  process.stdout.write(`Registered ${names.join(' and ')} for application ${result.applicationId} ${where}.\n`);
}

main().catch(reportFatal);
