-- wrk script of benchmarks/api.sh. Arguments (after wrk's "--"):
--   mode tokens_file members votes finished per_vote base threads
-- mode: health | list | get | answer.
--   health: GET /actuator/health, the framework's floor (static request, no token).
--   list:   GET /votes?page=0&size=20 as a rotating member, so each page carries that member's answers.
--   get:    GET /votes/{id}, a random question as a random member.
--   answer: POST /votes/{id}/choice, each request a (question, member) pair that has no answer yet
--           (see seed.sql for the formula it avoids), ongoing questions only; pairs are numbered
--           from `base` so a warm-up and the measured run never reuse each other's pairs.
-- done() prints one machine-readable line starting with "WRK " for api.sh.

local threads = {}
local next_id = 0

function setup(thread)
   thread:set("tid", next_id)
   next_id = next_id + 1
   table.insert(threads, thread)
end

local counter = 0
local tokens = {}
-- Globals, not locals: done() reads them from each thread through thread:get.
created, conflict, other = 0, 0, 0

function init(args)
   local mode = args[1]
   if mode == "health" then
      return -- wrk sends the static request of the URL given on the command line
   end
   for line in io.lines(args[2]) do
      tokens[#tokens + 1] = line
   end
   local members = tonumber(args[3])
   local votes = tonumber(args[4])
   local finished = tonumber(args[5])
   local per_vote = tonumber(args[6])
   local base = tonumber(args[7])
   local stride = math.floor(members / per_vote)
   local ongoing = votes - finished
   local step = tonumber(args[8])
   math.randomseed(1000 + tid)

   local function auth(member)
      return { ["Authorization"] = "Bearer " .. tokens[member] }
   end

   if mode == "list" then
      request = function()
         local member = ((counter * step + tid) % members) + 1
         counter = counter + 1
         return wrk.format("GET", "/votes?page=0&size=20", auth(member))
      end
   elseif mode == "get" then
      request = function()
         local id = math.random(1, votes)
         return wrk.format("GET", "/votes/" .. id, auth(math.random(1, members)))
      end
   elseif mode == "answer" then
      request = function()
         local g = base + counter * step + tid
         counter = counter + 1
         local vote = finished + 1 + (g % ongoing)
         local j = math.floor(g / ongoing) % per_vote
         -- Half a stride away from every seeded answerer of this vote: never answered it before.
         local member = ((vote * 7919 + math.floor(stride / 2) + j * stride) % members) + 1
         local headers = auth(member)
         headers["Content-Type"] = "application/json"
         return wrk.format("POST", "/votes/" .. vote .. "/choice", headers,
            '{"choice":' .. (1 + g % 2) .. '}')
      end
      response = function(status, headers, body)
         if status == 201 then
            created = created + 1
         elseif status == 409 then
            conflict = conflict + 1
         else
            other = other + 1
         end
      end
   else
      error("unknown mode " .. tostring(mode))
   end
end

function done(summary, latency, requests)
   local c201, c409, cother = 0, 0, 0
   for _, thread in ipairs(threads) do
      c201 = c201 + (thread:get("created") or 0)
      c409 = c409 + (thread:get("conflict") or 0)
      cother = cother + (thread:get("other") or 0)
   end
   io.write(string.format(
      "WRK requests=%d duration_us=%d p50_us=%d p99_us=%d non2xx=%d connect_err=%d read_err=%d write_err=%d timeouts=%d s201=%d s409=%d sother=%d\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
      summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write,
      summary.errors.timeout, c201, c409, cother))
end
