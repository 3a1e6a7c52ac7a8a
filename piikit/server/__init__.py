"""`piikit serve`: an AssemblyAI-compatible transcript API over the in-process engine.

Modules, each with one job: `config` (settings), `auth` (API keys), `signing` (signed
redacted-audio URLs), `store` (SQLite job store), `fetch` (where a job's audio comes from),
`worker` (the process pool running the engine), `webhooks` (delivery with retries),
`views` (sentences, paragraphs, word search, captions), `objects` (the API's transcript
objects), `openapi` (the served OpenAPI document), `app` (FastAPI routes) and `runner`
(starting and stopping it all).
"""
