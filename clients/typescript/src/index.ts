/**
 * The Frontline API client for the mobile apps: types generated from openapi/openapi.json by
 * openapi-typescript, requests made by openapi-fetch. Errors arrive typed as RFC 9457 problems.
 */
import createClient, { type Client } from "openapi-fetch";

import type { components, paths } from "./schema.js";

export type { components, paths };
export type Problem = components["schemas"]["Problem"];
export type TokenResponse = components["schemas"]["TokenResponse"];

/** A client for `baseUrl` (e.g. "https://frontline.example.com"); `token` is sent as a bearer token. */
export function createFrontlineClient(baseUrl: string, token?: string): Client<paths> {
  const client = createClient<paths>({ baseUrl });
  if (token !== undefined) {
    client.use({
      onRequest({ request }) {
        request.headers.set("Authorization", `Bearer ${token}`);
        return request;
      },
    });
  }
  return client;
}

/** Signs in with an e-mail or employee number; the OAuth2 token endpoint takes a form. */
export async function signIn(baseUrl: string, username: string, password: string): Promise<TokenResponse> {
  const { data, error } = await createFrontlineClient(baseUrl).POST("/api/v1/auth/token", {
    body: { grant_type: "password", username, password },
    bodySerializer: (body) => new URLSearchParams(body as Record<string, string>),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
  if (error !== undefined) {
    throw new Error(`sign-in refused: ${error.type}: ${error.detail}`);
  }
  return data;
}
