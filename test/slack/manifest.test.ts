import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EVENTS_PATH } from '../../adapters/slack/index.js';
import { shippedBot } from '../helpers/bot.js';

interface Prompt { title: string; message: string }
interface Manifest {
  features: {
    agent_view?: { agent_description: string; suggested_prompts?: Prompt[] } & Record<string, unknown>;
    assistant_view?: { assistant_description: string; suggested_prompts?: Prompt[] } & Record<string, unknown>; bot_user: { display_name: string }; app_home: { messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean }; slash_commands: { command: string; url?: string }[] };
  oauth_config: { scopes: { bot: string[]; user?: string[] } };
  settings: { event_subscriptions: { request_url?: string; bot_events: string[] }; interactivity: { is_enabled: boolean; request_url?: string }; socket_mode_enabled: boolean };
}

const read = (file: string) => parse(readFileSync(resolve(import.meta.dirname, '../../adapters/slack', file), 'utf8')) as Manifest;

describe('Slack app manifests', () => {
  const http = read('manifest.yml');
  const socket = read('manifest.socket-mode.yml');

  it.each([['HTTP', http], ['Socket Mode', socket]] as const)('%s: a bot user, /icat, mentions and DMs, interactivity, and only the scopes those need', (_mode, manifest) => {
    expect(manifest.features.bot_user.display_name).toBeTruthy();
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual(['/icat']);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'assistant_thread_context_changed', 'assistant_thread_started', 'message.im']);
    expect(manifest.features.app_home).toMatchObject({ messages_tab_enabled: true, messages_tab_read_only_enabled: false });
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(['app_mentions:read', 'assistant:write', 'chat:write', 'commands', 'im:history']);
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
  });

  it.each([['HTTP', http], ['Socket Mode', socket]] as const)('%s: the agent surface, with the fields Slack documents for agent_view and assistant_view', async (_mode, manifest) => {
    const { agent_view: agent, assistant_view: assistant } = manifest.features;
    // agent_view: agent_description (at most 300 characters), suggested_prompts (at most 4, each title and message), actions.
    expect(Object.keys(agent ?? {}).every((key) => ['agent_description', 'suggested_prompts', 'actions'].includes(key))).toBe(true);
    expect(agent?.agent_description.length).toBeGreaterThan(0);
    expect(agent?.agent_description.length).toBeLessThanOrEqual(300);
    // assistant_view: assistant_description (required), suggested_prompts.
    expect(Object.keys(assistant ?? {}).every((key) => ['assistant_description', 'suggested_prompts'].includes(key))).toBe(true);
    expect(assistant?.assistant_description.length).toBeGreaterThan(0);
    for (const prompts of [agent?.suggested_prompts ?? [], assistant?.suggested_prompts ?? []]) {
      expect(prompts.length).toBeGreaterThan(0);
      expect(prompts.length).toBeLessThanOrEqual(4);
      for (const prompt of prompts) expect(Object.keys(prompt).sort()).toEqual(['message', 'title']);
      // The prompts are questions the shipped knowledge answers.
      const bot = await shippedBot();
      for (const prompt of prompts) expect(bot.handle({ text: prompt.message, platform: 'slack' }).kind).toBe('answer');
    }
  });

  it('HTTP mode sends commands, events and interactivity to the one path the app serves', () => {
    expect(http.settings.socket_mode_enabled).toBe(false);
    const urls = [http.features.slash_commands[0]?.url, http.settings.event_subscriptions.request_url, http.settings.interactivity.request_url];
    for (const url of urls) expect(new URL(url ?? '').pathname).toBe(EVENTS_PATH);
  });

  it('Socket Mode needs no public URL', () => {
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(socket)).not.toContain('https://');
  });
});
