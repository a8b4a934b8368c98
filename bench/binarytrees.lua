-- Binary trees (after the Computer Language Benchmarks Game), max depth 16: allocates and walks
-- about 10 million small nodes. Prints the sum of all node counts.
local function bottomUp(depth)
  if depth <= 0 then return {} end
  return { bottomUp(depth - 1), bottomUp(depth - 1) }
end

local function check(n)
  if n[1] == nil then return 1 end
  return 1 + check(n[1]) + check(n[2])
end

local minDepth, maxDepth = 4, 16
local total = check(bottomUp(maxDepth + 1))
local longLived = bottomUp(maxDepth)
for depth = minDepth, maxDepth, 2 do
  local iterations = 1 << (maxDepth - depth + minDepth)
  for _ = 1, iterations do
    total = total + check(bottomUp(depth))
  end
end
total = total + check(longLived)
print(total)
