/**
 * `npm run discord:register`: registers `/icat` for the application whose token is in
 * DISCORD_TOKEN: in one server when DISCORD_GUILD_ID is set (instant, for trying it), globally
 * otherwise (may take up to an hour to appear everywhere). Run it again after changing commands.
 */
import { reportFatal } from '../project.js';
import { readDiscordConfig } from './config.js';
import { registerCommands } from './register.js';

async function main(): Promise<void> {
  const result = await registerCommands({ config: readDiscordConfig(process.env) });
  const where = result.scope === 'guild' ? `in server ${result.guildId}` : 'globally (may take up to an hour to show everywhere)';
  process.stdout.write(`Registered ${result.names.map((name) => `/${name}`).join(', ')} for application ${result.applicationId} ${where}.\n`);
}

main().catch(reportFatal);
