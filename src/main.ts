/**
 * Starts every face whose credentials are set, each kept up by a supervisor (retries with backoff
 * while the others serve); with none, the local console chat. Says which faces it did not start and
 * why. SIGTERM and SIGINT stop it cleanly: new requests refused, answers and writes in flight
 * finished, connections closed, exit within 10 s.
 */
import { userInfo } from 'node:os';
import type { Server } from 'node:http';
import { PendingForms } from '../commands/admin/fact-form.js';
import { adminCommands } from '../commands/admin/index.js';
import { checkFigures, checkRegistry, commands } from '../commands/index.js';
import { runConsoleChat } from './adapters/console/chat.js';
import { FACE_LOADERS, FACE_TITLES } from './adapters/faces.js';
import { createPipeline } from './adapters/shared/pipeline.js';
import { planFaces, SECRET_VARIABLES } from './config.js';
import { startHealthServer, type Health } from './health.js';
import { createLogger, createScrubber } from './logger.js';
import { loadConfigOrThrow, runMain, StartupError, whenOrphaned } from './start.js';
import { loadDictionary } from './store/dictionary.js';
import { FactStore } from './store/fact-store.js';
import { FaceSupervisor } from './supervise.js';

const EXIT_DEADLINE_MS = 9_000;

runMain(async () => {
  const started = Date.now();
  const config = loadConfigOrThrow();
  const problems = [...checkRegistry(commands), ...checkRegistry(adminCommands)];
  if (problems.length > 0) throw new StartupError(`The command definitions are invalid:\n${problems.join('\n')}`);
  const secrets = SECRET_VARIABLES.map((k) => config[k]).filter((v): v is string => v !== undefined);
  const scrub = createScrubber(secrets);
  const logger = createLogger({ level: config.LOG_LEVEL, secrets, pretty: process.stderr.isTTY === true });
  let store: FactStore;
  try {
    // Watches knowledge/: hand edits and git pulls are served within a second, invalid ones refused.
    store = await FactStore.open({ knowledgeDir: config.KNOWLEDGE_DIR, dataDir: config.DATA_DIR, logger, dictionary: await loadDictionary(), watch: true, staleAfterMonths: config.STALE_AFTER_MONTHS });
  } catch (e) {
    throw new StartupError((e as Error).message);
  }
  const engine = () => store.engine();
  const missing = checkFigures(commands, store.engine());
  if (missing.length > 0) {
    await store.close();
    throw new StartupError(`The fact base cannot serve every command:\n${missing.map((m) => `  - ${m}`).join('\n')}\nAdd the facts (with their figure.measure) or fix the command.`);
  }
  const forms = new PendingForms();
  const lines: string[] = [];
  const supervisors: FaceSupervisor[] = [];
  /** Each started face's line, once its first attempt is over. */
  const startLines: Array<(connected: boolean) => string> = [];
  const notConfigured: Record<string, { state: 'not configured'; reason: string }> = {};
  let stopping = false;
  let healthServer: Server | undefined;

  const shutdown = async (reason: string, code: 0 | 1 = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal: reason }, 'stopping: refusing new requests, finishing those in flight');
    // Whatever happens, the process is gone within 10 s.
    setTimeout(() => {
      logger.error({}, 'did not stop in time; exiting');
      process.exit(1);
    }, EXIT_DEADLINE_MS).unref();
    await Promise.allSettled(supervisors.map((s) => s.stop()));
    await store.close();
    await new Promise<void>((resolve) => (healthServer === undefined ? resolve() : healthServer.close(() => resolve())));
    logger.info({}, 'stopped');
    process.exit(code);
  };
  const supervise = {
    // A token the platform refuses: one line naming the variable, then a clean stop with exit 1.
    onFatal: (e: StartupError) => {
      console.error(scrub(e.message));
      void shutdown('configuration error', 1);
    },
  };

  // One pipeline for every face: one flood control, one dedupe, one moderator rule.
  const pipeline = createPipeline({
    engine,
    logger,
    admin: { store, forms },
    moderators: { discordRoleIds: config.DISCORD_MODERATOR_ROLE_IDS, slackUserIds: config.SLACK_MODERATOR_USER_IDS },
  });
  for (const plan of planFaces(config)) {
    if (!plan.start) {
      lines.push(`${FACE_TITLES[plan.face]}: not started (${plan.reason}).`);
      notConfigured[plan.face] = { state: 'not configured', reason: plan.reason ?? '' };
      continue;
    }
    const face = await FACE_LOADERS[plan.face]({ config, engine, logger, pipeline, store, forms });
    const s = new FaceSupervisor(face, logger, supervise);
    supervisors.push(s);
    startLines.push((ok) => face.status(ok, s.status().lastError));
  }

  const health = (): Health => {
    const faces: Health['faces'] = { ...notConfigured };
    for (const s of supervisors) faces[s.face.name] = s.status();
    const st = store.status();
    const allUp = supervisors.every((s) => s.status().healthy);
    return {
      status: stopping ? 'stopping' : allUp ? 'ok' : 'degraded',
      faces,
      factBase: { revision: st.revision, facts: st.facts, lastReloadError: st.lastReloadError, changelogError: st.changelogError },
      uptimeSeconds: Math.round((Date.now() - started) / 1000),
    };
  };
  // Signals and health come before the faces: a face that is slow to connect holds neither back.
  // `on`, not `once`: Ctrl-C reaches both npm and the bot, and npm forwards it again; a second
  // signal must not kill the bot half-way through its stop.
  if (supervisors.length > 0) process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  whenOrphaned(() => void shutdown('npm stopped'));
  let healthLine: string | undefined;
  if (config.HEALTH_PORT !== undefined) {
    const h = await startHealthServer(config.HEALTH_PORT, config.HEALTH_HOST, health, { scrub });
    healthServer = h.server;
    healthLine = `Health: ${h.url}`;
  }

  const connected = await Promise.all(supervisors.map((s) => s.start()));
  if (stopping) return;
  lines.push(...startLines.map((line, i) => line(connected[i] === true)));
  const kb = store.kb();
  const live = kb.facts.filter((f) => f.retired !== true).length;
  lines.push(`Fact base: ${live} facts, ${kb.derived.length} derived figures, ${kb.glossary.length} terms (revision ${kb.revision}).`);
  if (healthLine !== undefined) lines.push(healthLine);

  if (supervisors.length === 0) {
    lines.push('Console: type a question or a command (`help`), `admin help` for moderation, `exit` or Ctrl-D to leave.');
    const actor = { id: `local:${userInfo().username}`, name: userInfo().username, face: 'console' as const };
    await runConsoleChat(engine, { input: process.stdin, output: process.stdout, greeting: lines.join('\n'), admin: { store, forms, actor } });
    healthServer?.close();
    await store.close();
    return;
  }
  console.log(scrub(lines.join('\n')));
});
