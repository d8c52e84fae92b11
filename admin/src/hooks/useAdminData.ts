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
  const [state, setState] = useState<{ data: T | null; error: string | null; isLoading: boolean }>({
    data: null,
    error: null,
    isLoading: path !== null,
  });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(params);

  useEffect(() => {
    if (path === null) return undefined;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, isLoading: true, error: null }));
    get<{ data: T }>(path, { params: JSON.parse(key), signal: controller.signal })
      .then((response) => setState({ data: response.data.data, error: null, isLoading: false }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ data: null, error: errorMessage(error), isLoading: false });
      });
    return () => controller.abort();
  }, [get, path, key, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { ...state, reload };
};
