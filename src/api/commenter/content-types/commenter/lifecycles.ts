/** One spelling per address: e-mail is compared lower-cased everywhere (comments store it so too). */
type Data = Record<string, unknown>;
interface WriteEvent {
  params: { data?: Data | Data[] };
}

const lowerCase = (event: WriteEvent) => {
  const rows = Array.isArray(event.params.data) ? event.params.data : event.params.data ? [event.params.data] : [];
  for (const row of rows) if (typeof row.email === 'string') row.email = row.email.trim().toLowerCase();
};

export default {
  beforeCreate: lowerCase,
  beforeCreateMany: lowerCase,
  beforeUpdate: lowerCase,
  beforeUpdateMany: lowerCase,
};
