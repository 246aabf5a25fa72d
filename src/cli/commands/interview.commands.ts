import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { invalid } from '../../domain/errors.js';
import { MAX_TRANSCRIPT_BYTES } from '../../importers/transcript-file.js';
import { DEFAULT_UNLABELLED_SPEAKER } from '../../importers/transcripts/index.js';
import { interviewOf } from '../../services/lookup.js';
import { parseSpeakerAssignments, uploadTranscript } from '../../services/transcripts.js';
import { collect } from '../options.js';
import { bold, print, printJson, printWarnings } from '../output.js';
import { partnershipOf, withSession } from '../session.js';

export function registerInterviewCommands(program: Command): void {
  const interview = program.command('interview').description("one interview's transcript, added a file at a time (a whole bundle: warrant import)");
  interview
    .command('add')
    .description('add a transcript file to an interview: its first, or a corrected one as the next version (what cited the previous version keeps its words)')
    .argument('<interview>', 'interview ID or code')
    .argument('<file>', 'the transcript (.txt, .docx, .vtt, .srt)')
    .option(
      '--speaker <label=role>',
      'whose a speaker label is, when the labels do not say (e.g. "Speaker 1=interviewer"; roles: interviewer, participant, other); repeat for each label',
      collect,
      [],
    )
    .option('--unlabelled [speaker]', 'read text without a speaker label as spoken by this speaker (default "Unlabelled")')
    .option('--json', 'print as JSON')
    .action(async (code: string, file: string, opts: { speaker: string[]; unlabelled?: string | true }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const row = await interviewOf(s.ctx, p.id, code);
        const size = (await stat(file)).size;
        if (size > MAX_TRANSCRIPT_BYTES)
          throw invalid(`${basename(file)}: ${size} bytes is over the ${MAX_TRANSCRIPT_BYTES / 1048576} MB limit for a transcript`);
        const speakers = parseSpeakerAssignments(opts.speaker);
        const r = await uploadTranscript(s.ctx, row.id, {
          file: basename(file),
          bytes: await readFile(file),
          ...(opts.speaker.length > 0 && { speakers }),
          ...(opts.unlabelled !== undefined && { unlabelledSpeaker: opts.unlabelled === true ? DEFAULT_UNLABELLED_SPEAKER : opts.unlabelled }),
          howToSay: (labels) =>
            ` with --speaker LABEL=ROLE for each, e.g. ${labels.map((l, i) => `--speaker "${l.speaker}=${i === 0 ? 'interviewer' : 'participant'}"`).join(' ')}`,
        });
        if (o.json)
          return printJson({ interview: row.code, transcript: r.transcript.id, version: r.transcript.version, stored: r.stored, interviewer: r.interviewer });
        printWarnings(r.warnings.map((w) => `${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`));
        const who = r.interviewer.labels.length ? r.interviewer.labels.map((l) => `"${l}"`).join(', ') : 'no one';
        print(
          r.stored
            ? `${bold(row.code)}: transcript version ${r.transcript.version} stored (${r.transcript.turn_count} turns; interviewer: ${who})`
            : `${row.code}: ${basename(file)} holds the current transcript (version ${r.transcript.version}); nothing changed`,
        );
      }),
    );
}
