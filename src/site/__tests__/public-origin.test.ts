import type { Core } from '@strapi/strapi';
import { absoluteOn, publicOrigin, warnWithoutPublicUrl } from '../public-origin';

/** Just what the module reads of Strapi: its config and its log. */
const strapiWith = (config: Record<string, unknown>) => {
  const warnings: string[] = [];
  const strapi = { config: { get: (key: string) => config[key] }, log: { warn: (message: string) => warnings.push(message) } } as unknown as Core.Strapi;
  return { strapi, warnings };
};

describe('the public origin', () => {
  it.each([
    [{ 'server.url': 'https://news.example.org/', 'server.host': '0.0.0.0', 'server.port': 1337 }, 'https://news.example.org'],
    [{ 'server.url': '', 'server.host': '0.0.0.0', 'server.port': 1337 }, 'http://localhost:1337'],
    [{ 'server.url': '', 'server.host': '::', 'server.port': 8080 }, 'http://localhost:8080'],
    [{ 'server.url': '', 'server.host': '127.0.0.1', 'server.port': 1337 }, 'http://127.0.0.1:1337'],
    [{ 'server.url': '', 'server.host': '::1', 'server.port': 1337 }, 'http://[::1]:1337'],
  ])('with %j is %s', (config, origin) => {
    expect(publicOrigin(strapiWith(config).strapi)).toBe(origin);
  });

  it('makes site paths absolute and keeps absolute URLs', () => {
    expect(absoluteOn('https://news.example.org', '/articles/x')).toBe('https://news.example.org/articles/x');
    expect(absoluteOn('https://news.example.org', 'https://cdn.example.org/a.jpg')).toBe('https://cdn.example.org/a.jpg');
  });

  it.each([
    ['production', '', 1],
    ['staging', '', 1],
    ['production', 'https://news.example.org', 0],
    ['development', '', 0],
    ['test', '', 0],
  ])('in %s with PUBLIC_URL=%j warns %i time(s) at start-up', (environment, url, times) => {
    const { strapi, warnings } = strapiWith({ environment, 'server.url': url, 'server.host': '0.0.0.0', 'server.port': 1337 });
    warnWithoutPublicUrl(strapi);
    expect(warnings).toHaveLength(times);
    if (times) expect(warnings[0]).toMatch(/PUBLIC_URL is not set: .* point at http:\/\/localhost:1337/);
  });
});
