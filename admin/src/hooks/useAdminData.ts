// Loads one admin route of the plugin with the admin's fetch client, and says whether it is loading or failed.
import { useCallback, useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

export interface AdminData<T> {
  data: T | null;
  error: string | null;
  isLoading: boolean;
  reload: () => void;
}

interface ErrorShape {
  response?: { data?: { error?: { message?: string } } };
  message?: string;
}

export const errorMessage = (error: unknown): string => {
  const e = error as ErrorShape;
  return e?.response?.data?.error?.message ?? e?.message ?? String(error);
};

/** `path` null means "not ready to ask yet" (e.g. no organization chosen). */
export const useAdminData = <T>(path: string | null, params: Record<string, string> = {}): AdminData<T> => {
  const { get } = useFetchClient();
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(params);
  const request = path === null ? null : `${path}?${key}#${generation}`;
  // The answer remembers which request it answers: loading is "the latest answer is not for this request", so no state
  // is set synchronously in the effect, and the previous data stays on screen while the next request runs.
  const [answer, setAnswer] = useState<{ request: string | null; data: T | null; error: string | null }>({
    request: null,
    data: null,
    error: null,
  });

  useEffect(() => {
    if (path === null || request === null) return undefined;
    const controller = new AbortController();
    get<{ data: T }>(path, { params: JSON.parse(key), signal: controller.signal })
      .then((response) => setAnswer({ request, data: response.data.data, error: null }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setAnswer({ request, data: null, error: errorMessage(error) });
      });
    return () => controller.abort();
  }, [get, path, key, request]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const isLoading = request !== null && answer.request !== request;
  return { data: answer.data, error: isLoading ? null : answer.error, isLoading, reload };
};
