// Admin routes of the rights-request and breach registers: list, read, record, update, export, and the letters (RBAC requests.* and breaches.*).
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { MEDIA_TYPES } from '../documents/formats';
import { breachTable, EXPORT_FORMATS, requestTable, tableCsv, tableXlsx, XLSX_MEDIA_TYPE, type ExportFormat } from '../registers/exports';
import { getService } from '../utils/get-service';
import { parseDocumentQuery, type QuerySpec } from '../validation/query-parameters';
import { parseRegisterBody } from '../validation/register-bodies';
import { validationError } from '../services/registers';

type Register = 'requests' | 'breaches';

const LIST_QUERY: QuerySpec<'json'> = { formats: ['json'] };
const EXPORT_QUERY: QuerySpec<ExportFormat> = { formats: EXPORT_FORMATS };
const LETTER_QUERY: QuerySpec<'json' | 'html' | 'markdown' | 'text'> = { formats: ['json', 'html', 'markdown', 'text'] };
const DOCUMENT_ID = /^[A-Za-z0-9]{1,64}$/;

const registersController = ({ strapi }: { strapi: Core.Strapi }) => {
  const registers = () => getService(strapi, 'registers');
  const parse = <F extends string>(spec: QuerySpec<F>, ctx: Context) =>
    parseDocumentQuery(spec, ctx.query as Record<string, unknown>, ctx.querystring);
  const idOf = (ctx: Context): string => {
    const id = String(ctx.params.id ?? '');
    if (!DOCUMENT_ID.test(id)) throw validationError([{ path: 'id', message: "id must be an entry's documentId (letters and digits)" }]);
    return id;
  };
  const body = (ctx: Context): unknown => (ctx.request as unknown as { body?: unknown }).body;

  const handlers = (register: Register) => ({
    async list(ctx: Context) {
      const q = parse(LIST_QUERY, ctx);
      ctx.body = { data: await registers()[register].list(q.organization) };
    },
    async get(ctx: Context) {
      parse(LIST_QUERY, ctx);
      ctx.body = { data: await registers()[register].get(idOf(ctx)) };
    },
    async create(ctx: Context) {
      parse(LIST_QUERY, ctx);
      ctx.status = 201;
      ctx.body = { data: await registers()[register].create(await parseRegisterBody(register, body(ctx), true)) };
    },
    async update(ctx: Context) {
      parse(LIST_QUERY, ctx);
      const id = idOf(ctx);
      ctx.body = { data: await registers()[register].update(id, await parseRegisterBody(register, body(ctx), false)) };
    },
    /** The whole register (or one organization's) as JSON rows, CSV or XLSX, headers in `locale`. */
    async export(ctx: Context) {
      const q = parse(EXPORT_QUERY, ctx);
      const locale = await getService(strapi, 'resolution').resolveLocale(q.locale);
      const t = getService(strapi, 'engine').translator.forLocale(locale);
      const table =
        register === 'requests'
          ? requestTable(t, await registers().requests.list(q.organization))
          : breachTable(t, await registers().breaches.list(q.organization));
      const name = `${register === 'requests' ? 'rights-requests' : 'breaches'}${q.organization ? `-${q.organization}` : ''}`;
      if (q.format === 'json') {
        ctx.body = { data: table };
        return;
      }
      ctx.set('Content-Disposition', `attachment; filename="${name}.${q.format}"`);
      if (q.format === 'csv') {
        ctx.type = MEDIA_TYPES.csv;
        ctx.body = tableCsv(table);
        return;
      }
      ctx.type = XLSX_MEDIA_TYPE;
      ctx.body = await tableXlsx(table, t(`exports.${register}Sheet`));
    },
    /** One letter of this register, in the asked language and format. */
    async letter(ctx: Context) {
      const q = parse(LETTER_QUERY, ctx);
      const letter = await getService(strapi, 'letters').render(register, String(ctx.params.letter ?? ''), idOf(ctx), q.locale);
      if (q.format === 'json') {
        ctx.body = { data: letter };
        return;
      }
      ctx.type = MEDIA_TYPES[q.format];
      ctx.body = letter[q.format];
    },
  });

  const requests = handlers('requests');
  const breaches = handlers('breaches');
  return {
    listRequests: requests.list,
    getRequest: requests.get,
    createRequest: requests.create,
    updateRequest: requests.update,
    exportRequests: requests.export,
    requestLetter: requests.letter,
    listBreaches: breaches.list,
    getBreach: breaches.get,
    createBreach: breaches.create,
    updateBreach: breaches.update,
    exportBreaches: breaches.export,
    breachLetter: breaches.letter,
  };
};

export default registersController;
