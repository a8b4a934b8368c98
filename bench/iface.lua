-- Interface method dispatch: 10^7 method calls (Area and Scale) through metatables over an
-- array holding four kinds of object. Prints an integer checksum.
local Rect = {}
Rect.__index = Rect
function Rect:Area() return self.w * self.h end
function Rect:Scale(k) return (self.w + self.h) * k end

local Square = {}
Square.__index = Square
function Square:Area() return self.side * self.side end
function Square:Scale(k) return self.side * 4 * k end

local Tri = {}
Tri.__index = Tri
function Tri:Area() return self.base * self.height // 2 end
function Tri:Scale(k) return (self.base + self.height) * k end

local Circle = {}
Circle.__index = Circle
function Circle:Area() return 3 * self.r * self.r end
function Circle:Scale(k) return 6 * self.r * k end

local shapes = {}
for i = 0, 999 do
  local m = i % 4
  local s
  if m == 0 then
    s = setmetatable({ w = i % 13, h = i % 7 }, Rect)
  elseif m == 1 then
    s = setmetatable({ side = i % 11 }, Square)
  elseif m == 2 then
    s = setmetatable({ base = i % 17, height = i % 5 }, Tri)
  else
    s = setmetatable({ r = i % 9 }, Circle)
  end
  shapes[#shapes + 1] = s
end

local sum = 0
for r = 0, 4999 do
  for _, s in ipairs(shapes) do
    sum = sum + s:Area() + s:Scale(r & 3)
  end
end
print(sum)
