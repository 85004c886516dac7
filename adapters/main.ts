import { runConsoleChat } from './console/console-chat.js';
import { PLATFORMS } from './platforms.js';
import type { HttpRoute, RunningPlatform } from './platform.js';
import { loadRuntime, readRuntimeSettings, reportFatal, type Runtime } from './project.js';
import { botVersion } from '../src/ops/about.js';
import { Health, HEALTH_PATH, healthRoutes, startHealthServer, type HealthServer } from '../src/ops/health.js';
import { watchKnowledge, type KnowledgeWatcher } from '../src/ops/knowledge-watcher.js';
import { guardProcess } from '../src/ops/process-guard.js';
import { shutDown, type ShutdownStep } from '../src/ops/shutdown.js';
import { exitQuietlyOnClosedPipe } from './cli/quiet-epipe.js';

/**
 * `npm start`: serves the health check (on `HEALTH_PORT`, when set) at once, loads the knowledge,
 * watches it for edits, then starts every chat platform whose credentials are set (Slack, Discord,
 * or both). With none configured it chats on standard input instead (the terminal, or lines piped
 * in), and stops when the input ends. SIGTERM and SIGINT shut down gracefully.
 */
async function main(): Promise<void> {
  const configured = PLATFORMS.filter((platform) => platform.isConfigured(process.env));
  // Every platform's secrets, configured or not: a half-set variable must not leak either.
  const secrets = PLATFORMS.flatMap((platform) => platform.secrets(process.env));
  // In an interactive terminal chat, info lines on stderr would interleave with the conversation.
  const quietChat = configured.length === 0 && process.stdin.isTTY && !process.env.LOG_LEVEL;
  const settings = readRuntimeSettings({ secrets, ...(quietChat ? { env: { ...process.env, LOG_LEVEL: 'warn' } } : {}) });
  for (const platform of configured) platform.checkSettings(process.env);
  const { logger, ops } = settings;
  guardProcess(logger);
  const health = new Health(botVersion());
  const healthServer = ops.healthPort === undefined ? undefined : await startHealthServer(health, ops.healthPort);
  if (healthServer) logger.info('health listening', { port: healthServer.port, path: HEALTH_PATH });

  let runtime: Runtime;
  try {
    runtime = await loadRuntime(settings, true);
  } catch (error) {
    await healthServer?.close();
    throw error;
  }
  const { bot, env, knowledge } = runtime;
  logger.info('knowledge loaded', { ...knowledge.status });
  const watcher = ops.watchKnowledge ? watchKnowledge({ knowledge, dir: runtime.config.knowledgeDir, logger, checkIntervalMs: ops.knowledgeCheckMs }) : undefined;
  health.watch(() => watcher?.health() ?? { state: 'off', lastReloadAt: knowledge.status.indexedAt.toISOString() });
  const running: RunningPlatform[] = [];
  const stop = stopper({ runtime, health, healthServer, watcher, running });

  if (configured.length === 0) {
    health.ready(() => knowledge.status);
    onSignals(stop);
    if (!process.stdin.isTTY) {
      logger.info('no chat platform configured (set SLACK_* or DISCORD_TOKEN): answering questions read from standard input until it ends');
    }
    await runConsoleChat({ bot });
    await stop('end of input');
    return;
  }
  const routes: HttpRoute[] = healthRoutes(health);
  try {
    for (const platform of configured) {
      running.push(await platform.start({
        bot, env, logger, extraRoutes: routes, feedback: runtime.feedback, ...(runtime.state ? { state: runtime.state.store } : {}),
      }));
      logger.info('platform started', { platform: platform.name });
    }
  } catch (error) {
    await shutDown([running.map(platformStep), closingSteps({ runtime, healthServer, watcher })], { timeoutMs: ops.shutdownTimeoutMs, logger });
    throw error;
  }
  health.ready(() => knowledge.status);
  onSignals(stop);
}

interface Service {
  runtime: Runtime;
  health: Health;
  healthServer: HealthServer | undefined;
  watcher: KnowledgeWatcher | undefined;
  running: RunningPlatform[];
}

/**
 * The graceful shutdown: health turns 503 at once while the platforms keep taking messages for
 * `SHUTDOWN_DRAIN_SECONDS` (so a load balancer sees the 503 and takes the replica out before
 * connections are refused); then the platforms stop taking messages while their replies in
 * flight finish, and the watcher, the unanswered log and the health server close. Bounded by
 * `SHUTDOWN_TIMEOUT_SECONDS` after the drain; exits 0 either way, logging how many replies were
 * abandoned.
 */
function stopper(service: Service): (reason: string) => Promise<void> {
  let stopping: Promise<void> | undefined;
  return (reason) => {
    stopping ??= (async () => {
      const { logger, ops } = service.runtime;
      logger.info('shutting down', { reason });
      service.health.stopping();
      if (service.running.length > 0 && ops.shutdownDrainMs > 0) {
        logger.info('draining: health checks answer 503 while messages are still taken', { drainMs: ops.shutdownDrainMs });
        await new Promise((resolve) => setTimeout(resolve, ops.shutdownDrainMs));
      }
      const result = await shutDown([service.running.map(platformStep), closingSteps(service)], { timeoutMs: ops.shutdownTimeoutMs, logger });
      const abandonedReplies = service.running.reduce((sum, platform) => sum + (platform.pendingReplies?.() ?? 0), 0);
      if (abandonedReplies > 0) logger.warn('shutdown abandoned replies still being sent', { abandonedReplies, timeoutMs: ops.shutdownTimeoutMs });
      logger.info('shut down', { completed: result.completed, abandonedReplies });
      process.exit(0);
    })();
    return stopping;
  };
}

function platformStep(platform: RunningPlatform): ShutdownStep {
  return { name: platform.name, stop: () => platform.stop() };
}

function closingSteps(service: Pick<Service, 'runtime' | 'healthServer' | 'watcher'>): ShutdownStep[] {
  const steps: ShutdownStep[] = [];
  if (service.watcher) steps.push({ name: 'knowledge watcher', stop: () => service.watcher!.close() });
  if (service.runtime.unanswered) steps.push({ name: 'unanswered log', stop: () => service.runtime.unanswered!.flush() });
  if (service.runtime.feedbackLog) steps.push({ name: 'feedback log', stop: () => service.runtime.feedbackLog!.flush() });
  if (service.runtime.state) steps.push({ name: 'state store', stop: () => service.runtime.state!.close() });
  if (service.healthServer) steps.push({ name: 'health server', stop: () => service.healthServer!.close() });
  return steps;
}

/** SIGTERM or SIGINT starts the graceful shutdown; a second one exits at once. */
function onSignals(stop: (reason: string) => Promise<void>): void {
  let received = false;
  const handler = (signal: NodeJS.Signals) => {
    if (received) process.exit(1);
    received = true;
    void stop(signal);
  };
  process.on('SIGTERM', handler);
  process.on('SIGINT', handler);
}

exitQuietlyOnClosedPipe();
main().catch(reportFatal);
