import { SaxesParser, type SaxesTagPlain } from 'saxes';
import {
  QDE_NAMESPACE,
  type RefiCase,
  type RefiCode,
  type RefiCoding,
  type RefiNote,
  type RefiProblem,
  type RefiSelection,
  type RefiSet,
  type RefiUnmapped,
  type RefiUser,
  type RefiVariable,
  type RefiVariableValue,
  normaliseGuid,
  readColour,
} from '../../domain/refi-qda.js';

/** A text source as the `.qde` describes it, before its text is read from the archive. */
export interface QdeTextSource {
  guid: string;
  name?: string;
  plainTextPath?: string;
  richTextPath?: string;
  /** Inline text (`<PlainTextContent>`). */
  content?: string;
  creatingUser?: string;
  creationDateTime?: string;
  description?: string;
  selections: QdeSelection[];
  codings: QdeCoding[];
  noteRefs: string[];
  variables: RefiVariableValue[];
  line: number;
}

export interface QdeSelection extends Omit<RefiSelection, 'codings'> {
  codings: QdeCoding[];
  description?: string;
  line: number;
}

export interface QdeCoding extends RefiCoding {
  line: number;
}

export interface QdeNote extends RefiNote {
  plainTextPath?: string;
  line: number;
}

/** Everything the `.qde` says, as read, with where each item is (its line), before it is checked against the archive. */
export interface QdeDocument {
  name: string;
  origin?: string;
  namespace?: string;
  users: RefiUser[];
  codes: (RefiCode & { line: number })[];
  variables: RefiVariable[];
  cases: (RefiCase & { line: number })[];
  sources: QdeTextSource[];
  notes: QdeNote[];
  /** NoteRefs found on items: note GUID → item GUIDs. */
  noteTargets: Map<string, string[]>;
  sets: RefiSet[];
  /** Links between items (a note linked to the selection it cites, among others). */
  links: { guid: string; name?: string; origin?: string; target?: string; line: number }[];
  unmapped: RefiUnmapped[];
}

/** Thrown when the `.qde` cannot be read at all (not XML, a DOCTYPE, too deep); the message names the line. */
export class UnreadableQde extends Error {}

/** Elements Warrant cannot map yet: listed by name in the report, their content skipped. */
const UNMAPPED_SOURCES = new Set(['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource']);
const UNMAPPED_SELECTIONS = new Set(['PictureSelection', 'PDFSelection', 'AudioSelection', 'VideoSelection', 'TranscriptSelection']);
const UNMAPPED_OTHER = new Set(['Graph']);
/** Elements whose text is kept. */
const TEXT_ELEMENTS = new Set(['Description', 'PlainTextContent', 'TextValue', 'BooleanValue', 'IntegerValue', 'FloatValue', 'DateValue', 'DateTimeValue']);
const MAX_DEPTH = 256;
/** Longest text of one element kept (a memo, an inline source): more is refused, not truncated. */
const MAX_TEXT_CHARS = 64 * 1024 * 1024;

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * A streaming reader of `project.qde`: bytes go in chunk by chunk (write), the document comes out
 * at the end (close). No DOCTYPE is accepted, so no entity is ever declared or expanded, and no
 * external entity is ever fetched (saxes itself resolves none). Problems the document's content
 * raises (a colour that is no colour, a GUID that is not one) are pushed to `problems` with the
 * element and line; what makes the file unreadable throws UnreadableQde.
 */
export class QdeReader {
  private readonly parser: SaxesParser<{ xmlns: false; position: true }>;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private readonly doc: QdeDocument = {
    name: '',
    users: [],
    codes: [],
    variables: [],
    cases: [],
    sources: [],
    notes: [],
    noteTargets: new Map(),
    sets: [],
    links: [],
    unmapped: [],
  };
  private readonly stack: string[] = [];
  private codeStack: string[] = [];
  private readonly codes = new Map<string, RefiCode>();
  private source?: QdeTextSource;
  private selection?: QdeSelection;
  private coding?: QdeCoding;
  private theCase?: RefiCase & { line: number };
  private value?: RefiVariableValue;
  private note?: QdeNote;
  private set?: RefiSet;
  private text?: string[];
  private textLength = 0;
  /** Depth at which an unmapped element began: everything inside it is skipped. */
  private skipUntil = -1;
  private failure?: Error;
  private sawRoot = false;
  private first = true;

  constructor(
    private readonly file: string,
    private readonly problems: RefiProblem[],
  ) {
    const p = (this.parser = new SaxesParser({ xmlns: false, position: true }));
    p.on('doctype', () => {
      throw new UnreadableQde(
        `${this.file}: line ${p.line}: a DOCTYPE declaration is not accepted (no entities are declared or expanded in a REFI-QDA project)`,
      );
    });
    p.on('opentag', (tag) => this.open(tag));
    p.on('closetag', (tag) => this.closeTag(tag.name));
    p.on('text', (t) => this.onText(t));
    p.on('cdata', (t) => this.onText(t));
    p.on('error', (e) => {
      throw new UnreadableQde(`${this.file}: ${e.message.replace(/^(?:[^:]*:)?(\d+):(\d+): /, 'line $1, column $2: ')}`);
    });
  }

  /** Feeds the next chunk of the file's bytes. */
  write(chunk: Uint8Array): void {
    if (this.failure) return;
    let bytes = chunk;
    if (this.first) {
      this.first = false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        this.warn(undefined, 'starts with a byte order mark before <?xml (read as UTF-8)');
        bytes = bytes.subarray(3);
      }
    }
    let s: string;
    try {
      s = this.decoder.decode(bytes, { stream: true });
    } catch {
      throw new UnreadableQde(`${this.file}: line ${this.parser.line}: not UTF-8 text`);
    }
    this.parser.write(s);
  }

  /** Ends the file: the document as read. */
  close(): QdeDocument {
    try {
      const rest = this.decoder.decode();
      if (rest) this.parser.write(rest);
    } catch {
      throw new UnreadableQde(`${this.file}: not UTF-8 text`);
    }
    this.parser.close();
    if (!this.sawRoot) throw new UnreadableQde(`${this.file}: has no <Project> element`);
    return this.doc;
  }

  private where(element: string, guid?: string) {
    return `${element}${guid ? ` guid="${guid}"` : ''} (line ${this.parser.line})`;
  }

  private warn(where: string | undefined, message: string) {
    this.problems.push({ severity: 'warning', file: this.file, ...(where ? { where } : {}), message });
  }

  private error(where: string | undefined, message: string) {
    this.problems.push({ severity: 'error', file: this.file, ...(where ? { where } : {}), message });
  }

  /** The element's GUID, normalised; a missing or malformed one is an error naming the element. */
  private guidOf(element: string, attrs: Record<string, string>, attr = 'guid'): string {
    const raw = attrs[attr];
    if (raw === undefined || raw.trim() === '') {
      this.error(this.where(element), `has no ${attr}`);
      return '';
    }
    return normaliseGuid(raw.trim());
  }

  private integer(element: string, guid: string, attrs: Record<string, string>, attr: string): number {
    const raw = attrs[attr];
    if (raw === undefined || !/^\s*-?\d+\s*$/.test(raw)) {
      this.error(this.where(element, guid), `${attr} ${raw === undefined ? 'is missing' : `"${raw}" is not a whole number`}`);
      return 0;
    }
    return Number(raw);
  }

  private addNoteRef(target: string, note: string) {
    const list = this.doc.noteTargets.get(note);
    if (list) list.push(target);
    else this.doc.noteTargets.set(note, [target]);
  }

  private open(tag: SaxesTagPlain) {
    const depth = this.stack.length;
    const name = local(tag.name);
    this.stack.push(name);
    if (depth >= MAX_DEPTH) throw new UnreadableQde(`${this.file}: line ${this.parser.line}: elements nested more than ${MAX_DEPTH} deep`);
    if (this.skipUntil >= 0) return;
    const a = tag.attributes as Record<string, string>;
    const parent = this.stack[depth - 1];

    if (depth === 0) {
      if (name !== 'Project') throw new UnreadableQde(`${this.file}: line ${this.parser.line}: the root element is <${tag.name}>, not <Project>`);
      this.sawRoot = true;
      this.doc.name = a.name ?? '';
      if (a.origin) this.doc.origin = a.origin;
      this.doc.namespace = a.xmlns;
      if (a.xmlns !== QDE_NAMESPACE) this.warn(this.where('Project'), `is not in the namespace ${QDE_NAMESPACE}${a.xmlns ? ` (it says ${a.xmlns})` : ''}`);
      return;
    }

    if (UNMAPPED_SOURCES.has(name) || UNMAPPED_SELECTIONS.has(name) || UNMAPPED_OTHER.has(name)) {
      this.doc.unmapped.push({
        element: name,
        ...(a.guid ? { guid: normaliseGuid(a.guid) } : {}),
        ...(a.name ? { name: a.name } : {}),
        line: this.parser.line,
      });
      // The selections inside an unmapped source are listed too; anything else inside is skipped.
      if (!UNMAPPED_SOURCES.has(name)) this.skipUntil = depth;
      return;
    }
    if (parent && UNMAPPED_SOURCES.has(parent)) {
      this.skipUntil = depth;
      return;
    }

    if (TEXT_ELEMENTS.has(name)) {
      this.text = [];
      this.textLength = 0;
      return;
    }

    switch (name) {
      case 'User':
        if (parent === 'Users') this.doc.users.push({ guid: this.guidOf(name, a), ...(a.name ? { name: a.name } : {}), ...(a.id ? { id: a.id } : {}) });
        return;
      case 'Code': {
        if (parent !== 'Codes' && parent !== 'Code') return;
        const guid = this.guidOf(name, a);
        const colour = readColour(a.color);
        if (colour.deviation) this.warn(this.where(name, guid), colour.deviation);
        const code: RefiCode & { line: number } = {
          guid,
          name: a.name ?? '',
          isCodable: a.isCodable !== 'false' && a.isCodable !== '0',
          noteRefs: [],
          line: this.parser.line,
          ...(colour.colour ? { colour: colour.colour } : {}),
        };
        if (this.codeStack.length) code.parentGuid = this.codeStack[this.codeStack.length - 1];
        if (!a.name) this.error(this.where(name, guid), 'has no name');
        this.doc.codes.push(code);
        if (!this.codes.has(guid)) this.codes.set(guid, code);
        this.codeStack.push(guid);
        return;
      }
      case 'Variable':
        if (parent === 'Variables') this.doc.variables.push({ guid: this.guidOf(name, a), name: a.name ?? '', typeOfVariable: a.typeOfVariable ?? 'Text' });
        return;
      case 'Case':
        if (parent !== 'Cases') return;
        this.theCase = {
          guid: this.guidOf(name, a),
          ...(a.name ? { name: a.name } : {}),
          variables: [],
          sourceRefs: [],
          selectionRefs: [],
          codeRefs: [],
          line: this.parser.line,
        };
        return;
      case 'VariableValue':
        this.value = { variableGuid: '', value: '' };
        return;
      case 'VariableRef':
        if (this.value) this.value.variableGuid = this.guidOf(name, a, 'targetGUID');
        return;
      case 'TextSource':
        if (parent !== 'Sources') return;
        this.source = {
          guid: this.guidOf(name, a),
          ...(a.name !== undefined ? { name: a.name } : {}),
          ...(a.plainTextPath ? { plainTextPath: a.plainTextPath } : {}),
          ...(a.richTextPath ? { richTextPath: a.richTextPath } : {}),
          ...(a.creatingUser ? { creatingUser: normaliseGuid(a.creatingUser) } : {}),
          ...(a.creationDateTime ? { creationDateTime: a.creationDateTime } : {}),
          selections: [],
          codings: [],
          noteRefs: [],
          variables: [],
          line: this.parser.line,
        };
        return;
      case 'PlainTextSelection': {
        if (parent !== 'TextSource' || !this.source) return;
        const guid = this.guidOf(name, a);
        this.selection = {
          guid,
          ...(a.name ? { name: a.name } : {}),
          start: this.integer(name, guid, a, 'startPosition'),
          end: this.integer(name, guid, a, 'endPosition'),
          ...(a.creatingUser ? { creatingUser: normaliseGuid(a.creatingUser) } : {}),
          ...(a.creationDateTime ? { creationDateTime: a.creationDateTime } : {}),
          codings: [],
          noteRefs: [],
          line: this.parser.line,
        };
        return;
      }
      case 'Coding': {
        const guid = this.guidOf(name, a);
        this.coding = {
          guid,
          codeGuid: '',
          ...(a.creatingUser ? { creatingUser: normaliseGuid(a.creatingUser) } : {}),
          ...(a.creationDateTime ? { creationDateTime: a.creationDateTime } : {}),
          noteRefs: [],
          line: this.parser.line,
        };
        return;
      }
      case 'CodeRef':
        if (this.coding) this.coding.codeGuid = this.guidOf(name, a, 'targetGUID');
        else if (this.theCase) this.theCase.codeRefs.push(this.guidOf(name, a, 'targetGUID'));
        return;
      case 'SourceRef':
        if (this.theCase) this.theCase.sourceRefs.push(this.guidOf(name, a, 'targetGUID'));
        return;
      case 'SelectionRef':
        if (this.theCase) this.theCase.selectionRefs.push(this.guidOf(name, a, 'targetGUID'));
        return;
      case 'NoteRef': {
        const note = this.guidOf(name, a, 'targetGUID');
        const target =
          parent === 'Coding'
            ? this.coding
            : parent === 'PlainTextSelection'
              ? this.selection
              : parent === 'TextSource'
                ? this.source
                : parent === 'Code'
                  ? this.codes.get(this.codeStack.at(-1) ?? '')
                  : undefined;
        if (target) {
          target.noteRefs.push(note);
          this.addNoteRef(target.guid, note);
        } else if (parent === 'Project') this.addNoteRef('project', note);
        return;
      }
      case 'Note':
        if (parent !== 'Notes') return;
        this.note = {
          guid: this.guidOf(name, a),
          ...(a.name ? { name: a.name } : {}),
          text: '',
          ...(a.plainTextPath ? { plainTextPath: a.plainTextPath } : {}),
          ...(a.creatingUser ? { creatingUser: normaliseGuid(a.creatingUser) } : {}),
          ...(a.creationDateTime ? { creationDateTime: a.creationDateTime } : {}),
          line: this.parser.line,
        };
        return;
      case 'Set':
        if (parent !== 'Sets') return;
        this.set = { guid: this.guidOf(name, a), name: a.name ?? '', codes: [], sources: [], notes: [] };
        return;
      case 'Link':
        if (parent === 'Links')
          this.doc.links.push({
            guid: this.guidOf(name, a),
            ...(a.name ? { name: a.name } : {}),
            ...(a.originGUID ? { origin: normaliseGuid(a.originGUID) } : {}),
            ...(a.targetGUID ? { target: normaliseGuid(a.targetGUID) } : {}),
            line: this.parser.line,
          });
        return;
      case 'MemberCode':
        this.set?.codes.push(this.guidOf(name, a, 'targetGUID'));
        return;
      case 'MemberSource':
        this.set?.sources.push(this.guidOf(name, a, 'targetGUID'));
        return;
      case 'MemberNote':
        this.set?.notes.push(this.guidOf(name, a, 'targetGUID'));
        return;
      default:
        return;
    }
  }

  private onText(t: string) {
    if (!this.text || this.skipUntil >= 0) return;
    this.textLength += t.length;
    if (this.textLength > MAX_TEXT_CHARS)
      throw new UnreadableQde(`${this.file}: line ${this.parser.line}: <${this.stack.at(-1)}> holds more than ${MAX_TEXT_CHARS / 1048576} M characters`);
    this.text.push(t);
  }

  private closeTag(rawName: string) {
    const name = local(rawName);
    const depth = this.stack.length - 1;
    this.stack.pop();
    if (this.skipUntil >= 0) {
      if (depth === this.skipUntil) this.skipUntil = -1;
      return;
    }
    const parent = this.stack[depth - 1];

    if (TEXT_ELEMENTS.has(name) && this.text) {
      const text = this.text.join('');
      this.text = undefined;
      this.textValue(name, parent, text);
      return;
    }
    switch (name) {
      case 'Code':
        if (parent === 'Codes' || parent === 'Code') this.codeStack.pop();
        return;
      case 'Case':
        if (this.theCase) this.doc.cases.push(this.theCase);
        this.theCase = undefined;
        return;
      case 'VariableValue':
        if (this.value) {
          if (this.theCase) this.theCase.variables.push(this.value);
          else if (this.source) this.source.variables.push(this.value);
        }
        this.value = undefined;
        return;
      case 'Coding':
        if (this.coding) {
          if (!this.coding.codeGuid) this.error(this.where('Coding', this.coding.guid), 'names no code (no <CodeRef>)');
          if (this.selection) this.selection.codings.push(this.coding);
          else if (this.source) this.source.codings.push(this.coding);
        }
        this.coding = undefined;
        return;
      case 'PlainTextSelection':
        if (this.selection && this.source) this.source.selections.push(this.selection);
        this.selection = undefined;
        return;
      case 'TextSource':
        if (parent === 'Sources' && this.source) this.doc.sources.push(this.source);
        this.source = undefined;
        return;
      case 'Note':
        if (this.note) this.doc.notes.push(this.note);
        this.note = undefined;
        return;
      case 'Set':
        if (this.set) this.doc.sets.push(this.set);
        this.set = undefined;
        return;
      default:
        return;
    }
  }

  private textValue(name: string, parent: string | undefined, text: string) {
    if (name === 'Description') {
      if (parent === 'Code') {
        const code = this.codes.get(this.codeStack.at(-1) ?? '');
        if (code) code.description = text;
      } else if (parent === 'PlainTextSelection' && this.selection) this.selection.description = text;
      else if (parent === 'TextSource' && this.source) this.source.description = text;
      else if (parent === 'Case' && this.theCase) this.theCase.description = text;
      else if (parent === 'Set' && this.set) this.set.description = text;
      else if (parent === 'Note' && this.note && !this.note.text) this.note.text = text;
      return;
    }
    if (name === 'PlainTextContent') {
      if (parent === 'Note' && this.note) this.note.text = text;
      else if (parent === 'TextSource' && this.source) this.source.content = text;
      return;
    }
    if (parent === 'VariableValue' && this.value) this.value.value = text;
  }
}
