// run

package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Hall State = iota
	Kitchen
	Cellar
	Garden
	Won
	Lost
)

var stateNames = [...]string{"Hall", "Kitchen", "Cellar", "Garden", "Won", "Lost"}

func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Game struct {
	state     State
	inventory map[string]bool
	moves     int
	log       []string
}

type transition struct {
	from State
	verb string
}

type action func(g *Game, obj string) State

var table = map[transition]action{
	{Hall, "go"}: func(g *Game, obj string) State {
		switch obj {
		case "north":
			return Kitchen
		case "down":
			if g.inventory["lamp"] {
				return Cellar
			}
			g.say("It is too dark to go down.")
		case "out":
			return Garden
		}
		return Hall
	},
	{Kitchen, "take"}: func(g *Game, obj string) State {
		if obj == "lamp" && !g.inventory["lamp"] {
			g.inventory["lamp"] = true
			g.say("You take the lamp.")
		} else {
			g.say("You can't take " + obj + ".")
		}
		return Kitchen
	},
	{Kitchen, "go"}: func(g *Game, obj string) State {
		if obj == "south" {
			return Hall
		}
		return Kitchen
	},
	{Cellar, "take"}: func(g *Game, obj string) State {
		if obj == "key" {
			g.inventory["key"] = true
			g.say("A rusty key!")
		}
		return Cellar
	},
	{Cellar, "go"}: func(g *Game, obj string) State { return Hall },
	{Garden, "open"}: func(g *Game, obj string) State {
		if obj == "gate" && g.inventory["key"] {
			return Won
		}
		g.say("The gate is locked.")
		return Garden
	},
	{Garden, "eat"}: func(g *Game, obj string) State { return Lost },
	{Garden, "go"}:  func(g *Game, obj string) State { return Hall },
}

func (g *Game) say(msg string) { g.log = append(g.log, msg) }

func (g *Game) Do(cmd string) {
	fields := strings.Fields(strings.ToLower(cmd))
	if len(fields) != 2 {
		g.say(fmt.Sprintf("I don't understand %q.", cmd))
		return
	}
	g.moves++
	act, ok := table[transition{g.state, fields[0]}]
	if !ok {
		g.say(fmt.Sprintf("You can't %s in the %v.", fields[0], g.state))
		return
	}
	prev := g.state
	g.state = act(g, fields[1])
	if prev != g.state {
		g.say(fmt.Sprintf("%v -> %v", prev, g.state))
	}
}

func main() {
	g := &Game{inventory: map[string]bool{}}
	script := []string{
		"go down", "go north", "take lamp", "take lamp", "dance now",
		"go south", "go down", "take key", "go up", "go out",
		"jump", "Open Gate",
	}
	for _, c := range script {
		if g.state == Won || g.state == Lost {
			break
		}
		g.Do(c)
	}
	for i, l := range g.log {
		fmt.Printf("%2d. %s\n", i+1, l)
	}
	fmt.Println("final:", g.state, "moves:", g.moves, "inv:", g.inventory)
	fmt.Println(State(9), []State{Hall, Won})
	fmt.Printf("%v %d %s %q\n", Cellar, Cellar, Cellar, Cellar)
}
